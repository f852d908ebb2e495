-- data: nullkeys.json
SELECT k, name FROM lhs
EXCEPT
SELECT k, 'a' FROM rhs
