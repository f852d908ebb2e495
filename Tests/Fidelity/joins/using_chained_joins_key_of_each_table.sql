-- data: nullkeys.json
SELECT a.k, b.k, c.k FROM lhs a JOIN rhs b USING (k) JOIN lhs c USING (k)
