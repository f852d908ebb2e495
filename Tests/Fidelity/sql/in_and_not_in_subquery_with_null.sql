-- data: nullkeys.json
SELECT k, name,
       k IN (SELECT k FROM rhs) AS in_rhs,
       k NOT IN (SELECT k FROM rhs WHERE k IS NOT NULL) AS not_in_nonnull
FROM lhs
