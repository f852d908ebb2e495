-- data: orders.json
SELECT order_id, customer_id, order_date,
       datediff(order_date, first_value(order_date) OVER (PARTITION BY customer_id ORDER BY order_date)) AS days_since_first,
       min(order_date) OVER (PARTITION BY customer_id) = order_date AS is_first
FROM orders
