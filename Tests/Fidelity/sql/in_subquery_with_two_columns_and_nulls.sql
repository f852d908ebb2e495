-- data: nullkeys.json
SELECT name FROM lhs WHERE (k, v) IN (SELECT k, w / 10 FROM rhs)
