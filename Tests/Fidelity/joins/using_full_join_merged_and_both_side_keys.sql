-- data: nullkeys.json
SELECT k, lhs.k, rhs.k FROM lhs FULL JOIN rhs USING (k)
