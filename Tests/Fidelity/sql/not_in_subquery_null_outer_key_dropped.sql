-- data: nullkeys.json
SELECT name FROM lhs WHERE k NOT IN (SELECT k FROM rhs WHERE k IS NOT NULL)
