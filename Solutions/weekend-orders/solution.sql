SELECT order_id, order_date, date_format(order_date, 'EEEE') AS day_name
FROM orders
WHERE dayofweek(order_date) IN (1, 7)
