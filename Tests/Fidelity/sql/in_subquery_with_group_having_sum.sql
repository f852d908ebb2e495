-- data: orders.json
SELECT c.customer_id, c.name
FROM customers c
WHERE c.customer_id IN (
  SELECT customer_id FROM orders WHERE status <> 'cancelled' GROUP BY customer_id HAVING SUM(amount) > 300
)
