-- data: sales.json
SELECT * FROM (SELECT region, year, amount, quarter FROM sales)
UNPIVOT ((v1, v2) FOR k IN ((year, amount), (quarter)))
