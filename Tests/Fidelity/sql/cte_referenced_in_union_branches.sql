-- data: orders.json
WITH big AS (SELECT * FROM orders WHERE amount > 100)
SELECT 'big' AS kind, count(*) AS n FROM big UNION ALL SELECT status, count(*) FROM big GROUP BY status
