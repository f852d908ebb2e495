-- data: orders.json
SELECT order_id, customer_id, amount,
       amount - lag(amount) OVER w AS diff,
       round(100 * (amount - lag(amount) OVER w) / lag(amount) OVER w, 2) AS pct,
       sum(amount) OVER (PARTITION BY customer_id ORDER BY order_date ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS last_two
FROM orders
WHERE customer_id IS NOT NULL
WINDOW w AS (PARTITION BY customer_id ORDER BY order_date)
