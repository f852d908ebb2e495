-- data: nullkeys.json
SELECT name FROM lhs WHERE v > 40 OR k IN (SELECT k FROM rhs WHERE w > 150)
