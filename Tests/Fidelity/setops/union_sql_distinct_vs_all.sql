-- data: nullkeys.json
SELECT k FROM lhs UNION SELECT k FROM rhs
