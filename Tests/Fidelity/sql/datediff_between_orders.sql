-- data: orders.json
SELECT customer_id, order_date, datediff(order_date, lag(order_date) OVER (PARTITION BY customer_id ORDER BY order_date)) AS days_since FROM orders
