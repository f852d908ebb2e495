-- data: sales.json
SELECT upper(region) AS r, sum(amount) AS total, grouping(r) AS g FROM sales GROUP BY CUBE(upper(region))
