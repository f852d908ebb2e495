-- data: orders.json
-- ordered: true
SELECT order_id, amount FROM orders ORDER BY amount DESC, order_id OFFSET 6
