SELECT customer_id, order_id, order_date, next_order_date,
       datediff(next_order_date, order_date) AS days_until_next
FROM (
  SELECT customer_id, order_id, order_date,
         LEAD(order_date) OVER (PARTITION BY customer_id ORDER BY order_date, order_id) AS next_order_date
  FROM orders
  WHERE customer_id IS NOT NULL AND order_date IS NOT NULL
) with_next
