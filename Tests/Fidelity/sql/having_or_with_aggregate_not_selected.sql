-- data: orders.json
SELECT customer_id
FROM orders
GROUP BY customer_id
HAVING MAX(amount) >= 250 OR COUNT(DISTINCT status) > 1
