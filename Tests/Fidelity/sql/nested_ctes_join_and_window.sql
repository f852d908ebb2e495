-- data: orders.json
WITH spend AS (
  SELECT customer_id, sum(amount) AS total FROM orders WHERE status <> 'cancelled' GROUP BY customer_id
), ranked AS (
  SELECT customer_id, total, dense_rank() OVER (ORDER BY total DESC) AS rk FROM spend
), named AS (
  SELECT c.name, c.city, r.total, r.rk FROM ranked r JOIN customers c ON c.customer_id = r.customer_id
)
SELECT city, name, total, rk FROM named WHERE rk <= 3
