-- data: nullkeys.json
SELECT k, rhs.k FROM lhs JOIN rhs USING (k) WHERE lhs.v > 10 GROUP BY k, rhs.k HAVING rhs.k > 0 ORDER BY rhs.k
