-- data: nullkeys.json
SELECT * FROM lhs NATURAL FULL OUTER JOIN rhs
