-- data: nullkeys.json
SELECT l.name, r.name AS rname, coalesce(l.k, -1) AS key
FROM lhs l JOIN rhs r ON coalesce(l.k, -1) = coalesce(r.k, -1)
