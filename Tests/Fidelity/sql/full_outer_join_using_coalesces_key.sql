-- data: nullkeys.json
SELECT k, l.name AS lname, r.name AS rname FROM lhs l FULL OUTER JOIN rhs r USING (k)
