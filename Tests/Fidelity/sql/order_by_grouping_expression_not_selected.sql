-- data: orders.json
-- ordered: true
SELECT count(*) AS n, sum(amount) AS total
FROM orders
GROUP BY month(order_date)
ORDER BY month(order_date) DESC
