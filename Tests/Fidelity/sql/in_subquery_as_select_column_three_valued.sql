-- data: nullkeys.json
SELECT name, k, k IN (SELECT k FROM rhs) AS in_rhs, k NOT IN (SELECT k FROM rhs) AS not_in_rhs FROM lhs
