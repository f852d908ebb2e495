-- data: orders.json
SELECT order_id FROM orders ORDER BY amount DESC FETCH FIRST 3 ROWS ONLY
