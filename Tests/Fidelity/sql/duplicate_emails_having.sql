-- data: orders.json
SELECT customer_id, count(*) AS n FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id HAVING count(*) > 1
