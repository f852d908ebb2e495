-- data: orders.json
SELECT /*+ MERGE(c) */ o.order_id, c.name FROM orders o LEFT JOIN customers c ON o.customer_id = c.customer_id
