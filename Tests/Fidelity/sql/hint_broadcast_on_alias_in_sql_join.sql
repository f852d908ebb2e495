-- data: orders.json
SELECT /*+ BROADCAST(c) */ o.order_id, c.name FROM orders o JOIN customers c ON o.customer_id = c.customer_id
