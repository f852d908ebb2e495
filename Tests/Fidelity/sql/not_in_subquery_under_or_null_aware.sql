-- data: nullkeys.json
SELECT name, v FROM lhs
WHERE v >= 40 OR k NOT IN (SELECT k FROM rhs WHERE w > 150)
