-- data: nullkeys.json
SELECT lhs.* FROM lhs RIGHT JOIN rhs USING (k)
