-- data: orders.json
-- ordered: true
SELECT order_id, amount
FROM orders
ORDER BY amount DESC, order_id
LIMIT 3 OFFSET 3
