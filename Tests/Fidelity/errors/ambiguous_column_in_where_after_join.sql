-- data: nullkeys.json
SELECT l.name FROM lhs l JOIN rhs r ON l.k = r.k WHERE name = 'a'
