-- data: orders.json
-- ordered: true
WITH bounds AS (SELECT MIN(order_date) AS lo, MAX(order_date) AS hi FROM orders WHERE order_date < DATE'2024-01-25'),
spine AS (SELECT d FROM bounds LATERAL VIEW explode(sequence(lo, hi, INTERVAL 5 DAYS)) s AS d)
SELECT s.d, COUNT(o.order_id) AS orders
FROM spine s LEFT JOIN orders o ON o.order_date = s.d
GROUP BY s.d
ORDER BY s.d
