-- data: orders.json
SELECT DISTINCT customer_id,
       NTH_VALUE(amount, 2) OVER (PARTITION BY customer_id ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS second_amount,
       NTH_VALUE(order_id, 2) OVER (PARTITION BY customer_id ORDER BY order_date) AS second_id_growing_frame
FROM orders
WHERE customer_id IS NOT NULL
