-- data: nullkeys.json
SELECT max(rhs.k) FROM lhs JOIN rhs USING (k)
