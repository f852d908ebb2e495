-- data: nullkeys.json
SELECT * FROM lhs FULL OUTER JOIN rhs USING (k)
