-- data: nullkeys.json
SELECT rhs.k FROM lhs JOIN rhs USING (k)
