-- data: salaries.json

SELECT * FROM (SELECT *, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r, sum(salary) OVER (PARTITION BY dept ORDER BY salary DESC) AS s FROM salaries) WHERE r <= 2
