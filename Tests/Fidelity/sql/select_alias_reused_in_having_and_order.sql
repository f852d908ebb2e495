-- data: orders.json
-- ordered: true
SELECT customer_id AS cid, sum(amount) AS total FROM orders GROUP BY customer_id HAVING total > 100 ORDER BY total DESC
