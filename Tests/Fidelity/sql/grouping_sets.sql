-- data: sales.json
SELECT region, year, sum(amount) FROM sales GROUP BY GROUPING SETS ((region), (year), ())
