-- data: orders.json
SELECT order_id, order_date, sum(amount) OVER (ORDER BY order_date RANGE BETWEEN INTERVAL 1 MONTH PRECEDING AND CURRENT ROW) AS month_sum
FROM orders
