-- data: sales.json
SELECT * FROM (
  SELECT region, year, product, amount, row_number() OVER (PARTITION BY region, year ORDER BY amount DESC NULLS LAST) AS rn FROM sales
) WHERE rn <= 1
