-- data: nullkeys.json
SELECT k FROM lhs EXCEPT ALL SELECT k FROM rhs
