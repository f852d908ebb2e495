-- data: sales.json
SELECT region, quarter, metric, v
FROM (SELECT region, quarter, year, amount FROM sales)
UNPIVOT INCLUDE NULLS (v FOR metric IN (year AS y, amount AS a))
