-- data: nullkeys.json
SELECT k FROM lhs INTERSECT SELECT k FROM rhs
