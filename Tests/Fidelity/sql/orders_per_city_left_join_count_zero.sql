-- data: orders.json
SELECT c.city, COUNT(o.order_id) AS orders, COUNT(DISTINCT c.customer_id) AS customers, COALESCE(SUM(o.amount), 0) AS revenue
FROM customers c LEFT JOIN orders o ON c.customer_id = o.customer_id
GROUP BY c.city
