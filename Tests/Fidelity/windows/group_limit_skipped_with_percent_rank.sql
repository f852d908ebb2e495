-- data: salaries.json

SELECT * FROM (SELECT *, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r, percent_rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS p FROM salaries) WHERE r <= 2
