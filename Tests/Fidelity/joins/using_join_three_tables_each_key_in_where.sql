-- data: orders.json
SELECT customer_id, c.name, o.order_id
FROM customers c JOIN orders o USING (customer_id) JOIN customers c2 USING (customer_id)
WHERE o.customer_id = c2.customer_id AND c.customer_id > 1
