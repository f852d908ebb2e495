-- data: orders.json
-- ordered: true
SELECT order_id, order_date, amount, sum(amount) OVER (ORDER BY order_date) AS running_total
FROM orders ORDER BY order_date
