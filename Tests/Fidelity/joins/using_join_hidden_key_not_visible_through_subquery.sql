-- data: nullkeys.json
SELECT rhs.k FROM (SELECT * FROM lhs JOIN rhs USING (k)) t
