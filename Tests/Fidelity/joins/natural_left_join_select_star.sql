-- data: nullkeys.json
SELECT * FROM lhs NATURAL LEFT JOIN (SELECT k, w FROM rhs) r
