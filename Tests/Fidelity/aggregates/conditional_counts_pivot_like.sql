-- data: orders.json
SELECT customer_id,
       count_if(status = 'shipped') AS shipped,
       sum(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) AS pending,
       sum(amount) FILTER (WHERE status <> 'cancelled') AS valid_amount,
       avg(amount) AS avg_amount
FROM orders
GROUP BY customer_id
