-- data: nullkeys.json
SELECT k, v FROM lhs EXCEPT SELECT k, CAST(w / 10 AS BIGINT) FROM rhs
