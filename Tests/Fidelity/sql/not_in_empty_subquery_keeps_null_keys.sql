-- data: nullkeys.json
SELECT name, k FROM lhs WHERE k NOT IN (SELECT k FROM rhs WHERE w > 1000)
