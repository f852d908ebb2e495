-- data: orders.json
SELECT c.customer_id, c.name
FROM customers c
WHERE EXISTS (
  SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id
  GROUP BY o.customer_id HAVING SUM(o.amount) > 300
)
