-- data: nullkeys.json
SELECT k FROM lhs EXCEPT SELECT k FROM rhs
