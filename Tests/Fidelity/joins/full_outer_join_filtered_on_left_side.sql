-- data: nullkeys.json
SELECT l.name, r.name AS other, r.w
FROM lhs l FULL OUTER JOIN rhs r ON l.k = r.k
WHERE l.v > 15
