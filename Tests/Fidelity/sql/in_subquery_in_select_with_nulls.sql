-- data: nullkeys.json
SELECT name, k IN (SELECT k FROM rhs WHERE w < 400) AS hit FROM lhs
