-- data: orders.json
SELECT order_id, customer_id, order_date, SUM(amount) OVER (PARTITION BY customer_id ORDER BY order_date RANGE BETWEEN INTERVAL 7 DAYS PRECEDING AND CURRENT ROW) AS week_total FROM orders
