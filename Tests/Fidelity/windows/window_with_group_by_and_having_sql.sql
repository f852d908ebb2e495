-- data: orders.json
SELECT customer_id, count(*) AS orders, rank() OVER (ORDER BY count(*) DESC, customer_id) AS r
FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id HAVING count(*) >= 1
