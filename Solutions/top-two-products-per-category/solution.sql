WITH units AS (
  SELECT category, product_id, SUM(COALESCE(quantity, 0)) AS units_sold
  FROM order_lines
  WHERE category IS NOT NULL AND product_id IS NOT NULL
  GROUP BY category, product_id
),
numbered AS (
  SELECT category, product_id, units_sold,
         ROW_NUMBER() OVER (PARTITION BY category ORDER BY units_sold DESC, product_id ASC) AS position
  FROM units
)
SELECT category, position, product_id, units_sold
FROM numbered
WHERE position <= 2
