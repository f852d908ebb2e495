-- data: nullkeys.json
SELECT coalesce(l.k, r.k) AS k, l.name AS left_name, r.name AS right_name,
       CASE WHEN l.k IS NULL AND r.k IS NULL THEN 'null key'
            WHEN r.name IS NULL THEN 'only_left'
            WHEN l.name IS NULL THEN 'only_right'
            ELSE 'both' END AS status
FROM lhs l FULL OUTER JOIN rhs r ON l.k = r.k
