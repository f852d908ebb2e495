-- data: sales.json
SELECT region, year, count(*) AS n FROM sales GROUP BY region, year WITH CUBE
