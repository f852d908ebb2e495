-- data: orders.json
SELECT order_id, amount > 100 AS gt, amount = 0 AS zero, amount < -5 AS neg, amount >= 123456789012 AS huge, 50 <= amount AS flipped
FROM orders
WHERE amount <> 75
