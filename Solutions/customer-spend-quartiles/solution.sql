WITH totals AS (
  SELECT customer_id, SUM(COALESCE(amount, 0)) AS total_spend
  FROM orders
  WHERE customer_id IS NOT NULL
  GROUP BY customer_id
)
SELECT customer_id, total_spend,
       NTILE(4) OVER (ORDER BY total_spend DESC, customer_id ASC) AS spend_quartile
FROM totals
