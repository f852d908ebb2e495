-- data: orders.json
SELECT o.order_id, o.customer_id FROM orders o WHERE o.order_date = (SELECT max(x.order_date) FROM orders x WHERE x.customer_id = o.customer_id)
