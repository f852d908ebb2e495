-- data: orders.json
SELECT o.order_id, t.name FROM orders o
JOIN (SELECT /*+ BROADCAST(customers) */ * FROM customers) t ON o.customer_id = t.customer_id
