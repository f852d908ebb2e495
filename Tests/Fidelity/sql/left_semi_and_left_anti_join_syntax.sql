-- data: orders.json
SELECT 'buyer' AS kind, c.* FROM customers c LEFT SEMI JOIN orders o ON c.customer_id = o.customer_id
UNION ALL
SELECT 'never', c.* FROM customers c LEFT ANTI JOIN orders o ON c.customer_id = o.customer_id
