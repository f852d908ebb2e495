-- data: sales.json
SELECT metric, count(*) AS n, sum(val) AS total FROM (
  SELECT * FROM (SELECT product, year, amount FROM sales)
  UNPIVOT (val FOR metric IN (year, amount))
) GROUP BY metric
