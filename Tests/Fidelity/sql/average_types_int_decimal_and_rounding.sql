-- data: orders.json
SELECT status, AVG(amount) AS avg_amount, ROUND(AVG(amount), 2) AS avg_rounded, AVG(order_id) AS avg_id,
       SUM(amount) / COUNT(*) AS manual_avg, CAST(AVG(amount) AS DECIMAL(10, 1)) AS avg_one_place
FROM orders
GROUP BY status
