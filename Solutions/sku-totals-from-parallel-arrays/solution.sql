WITH cleaned AS (
  SELECT order_id, skus, COALESCE(quantities, CAST(array() AS ARRAY<INT>)) AS quantities
  FROM orders
),
lines AS (
  SELECT order_id, line.skus AS sku, line.quantities AS quantity
  FROM cleaned
  LATERAL VIEW explode(arrays_zip(skus, quantities)) zipped AS line
)
SELECT sku, SUM(COALESCE(quantity, 0)) AS total_quantity, COUNT(DISTINCT order_id) AS order_count
FROM lines
WHERE sku IS NOT NULL
GROUP BY sku
