-- data: orders.json
SELECT /*+ MERGE(o) */ c.name, o.order_id FROM customers c LEFT JOIN orders o ON c.customer_id = o.customer_id
