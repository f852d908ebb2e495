-- data: orders.json
-- ordered: true
SELECT order_id, status, amount
FROM orders
ORDER BY CASE status WHEN 'pending' THEN 1 WHEN 'shipped' THEN 2 ELSE 3 END, amount DESC
