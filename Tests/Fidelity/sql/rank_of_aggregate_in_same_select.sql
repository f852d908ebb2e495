-- data: orders.json
SELECT customer_id, sum(amount) AS total, rank() OVER (ORDER BY sum(amount) DESC) AS rk,
       sum(sum(amount)) OVER () AS grand_total
FROM orders
WHERE customer_id IS NOT NULL
GROUP BY customer_id
