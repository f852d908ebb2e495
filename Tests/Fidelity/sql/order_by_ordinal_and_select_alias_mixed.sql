-- data: orders.json
-- ordered: true
SELECT status, customer_id AS cust, SUM(amount) AS total, COUNT(*) AS n
FROM orders
GROUP BY 1, 2
ORDER BY total DESC, 1, cust NULLS FIRST
