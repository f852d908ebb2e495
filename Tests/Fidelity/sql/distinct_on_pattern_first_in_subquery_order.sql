-- data: orders.json
SELECT customer_id, order_id, amount FROM (
  SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY amount DESC, order_id) AS rn FROM orders
) WHERE rn = 1
