-- data: nullkeys.json
SELECT l.name,
       EXISTS (SELECT 1 FROM rhs r WHERE r.k = l.k) AS has_match,
       NOT EXISTS (SELECT 1 FROM rhs r WHERE r.k = l.k AND r.w > 150) AS no_big_match
FROM lhs l
