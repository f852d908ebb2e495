-- data: nullkeys.json
SELECT k FROM lhs MINUS SELECT k FROM rhs
