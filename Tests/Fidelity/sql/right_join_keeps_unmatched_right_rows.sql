-- data: nullkeys.json
SELECT l.name, r.name AS rname, r.k FROM lhs l RIGHT JOIN rhs r ON l.k = r.k
