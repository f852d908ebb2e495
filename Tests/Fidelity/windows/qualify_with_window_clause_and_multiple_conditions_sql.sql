-- data: orders.json
SELECT order_id, customer_id, amount FROM orders
WINDOW w AS (PARTITION BY customer_id ORDER BY amount DESC)
QUALIFY row_number() OVER w = 1 OR sum(amount) OVER (PARTITION BY customer_id) > 300
