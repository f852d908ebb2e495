-- data: orders.json
SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(amout) > 100
