-- data: orders.json
SELECT CASE WHEN amount >= 100 THEN 'big' WHEN amount >= 50 THEN 'medium' ELSE 'small' END AS bucket, count(*) AS n
FROM orders GROUP BY 1
