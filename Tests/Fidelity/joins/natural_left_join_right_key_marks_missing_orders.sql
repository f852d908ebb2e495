-- data: orders.json
SELECT c.customer_id, c.name, o.customer_id AS order_customer, count(o.order_id) AS orders
FROM customers c NATURAL LEFT JOIN orders o
GROUP BY c.customer_id, c.name, o.customer_id
