-- data: orders.json
SELECT order_id, amount, count(*) OVER (ORDER BY amount RANGE BETWEEN 50 PRECEDING AND 50 FOLLOWING) AS similar,
       sum(amount) OVER (ORDER BY amount RANGE BETWEEN 100.5 PRECEDING AND CURRENT ROW) AS s
FROM orders
