-- data: sales.json
SELECT region, grouping(region) FROM sales GROUP BY region
