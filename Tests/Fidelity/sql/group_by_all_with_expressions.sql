-- data: orders.json
SELECT year(order_date) AS yr, month(order_date) AS mon, status, sum(amount) AS revenue, count(*) AS n
FROM orders
GROUP BY ALL
