-- data: nullkeys.json
SELECT k, count(*) AS n FROM (SELECT k FROM lhs UNION ALL SELECT k FROM rhs) GROUP BY k
