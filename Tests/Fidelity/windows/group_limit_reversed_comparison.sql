-- data: salaries.json

SELECT * FROM (SELECT *, dense_rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r FROM salaries) WHERE 3 > r
