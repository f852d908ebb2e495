-- data: orders.json
SELECT order_id, round(amount * 100 / sum(amount) OVER (), 2) AS pct FROM orders
