-- data: orders.json
-- ordered: true
SELECT c.name, t.total
FROM (SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id) t
JOIN customers c ON c.customer_id = t.customer_id
ORDER BY t.total DESC
