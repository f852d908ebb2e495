-- data: orders.json
SELECT c.city, count(o.order_id) AS n FROM customers c LEFT JOIN orders o ON c.customer_id = o.customer_id GROUP BY c.city
