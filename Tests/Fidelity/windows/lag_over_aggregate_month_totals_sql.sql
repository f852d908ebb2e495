-- data: orders.json
SELECT month(order_date) AS m, sum(amount) AS total, sum(amount) - lag(sum(amount)) OVER (ORDER BY month(order_date)) AS change
FROM orders GROUP BY month(order_date)
