-- data: orders.json
SELECT /*+ SHUFFLE_HASH(c) */ c.name FROM customers c LEFT SEMI JOIN orders o ON o.customer_id = c.customer_id
