-- data: orders.json
-- ordered: true
SELECT order_id, order_date, amount,
       SUM(amount) OVER (PARTITION BY date_trunc('MONTH', order_date) ORDER BY order_date, order_id) AS month_to_date
FROM orders
ORDER BY order_date, order_id
