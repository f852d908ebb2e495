-- data: nullkeys.json
SELECT lhs.*, rhs.* FROM lhs JOIN rhs USING (k)
