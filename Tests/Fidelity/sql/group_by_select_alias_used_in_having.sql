-- data: orders.json
-- ordered: true
SELECT month(order_date) AS m, COUNT(*) AS n, SUM(amount) AS revenue
FROM orders
GROUP BY m
HAVING n > 1
ORDER BY m
