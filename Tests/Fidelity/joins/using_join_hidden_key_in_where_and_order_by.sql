-- data: nullkeys.json
SELECT k FROM lhs JOIN rhs USING (k) WHERE rhs.k > 1 ORDER BY rhs.k
