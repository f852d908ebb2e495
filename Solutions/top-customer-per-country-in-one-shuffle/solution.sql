WITH by_country AS (
  SELECT country, customer_id, amount
  FROM orders
  WHERE country IS NOT NULL AND customer_id IS NOT NULL
  DISTRIBUTE BY country
),
spend AS (
  SELECT country, customer_id, SUM(amount) AS spend
  FROM by_country
  GROUP BY country, customer_id
  HAVING SUM(amount) IS NOT NULL
),
ranked AS (
  SELECT country, customer_id, spend, RANK() OVER (PARTITION BY country ORDER BY spend DESC) AS place
  FROM spend
)
SELECT country, customer_id, spend
FROM ranked
WHERE place = 1
