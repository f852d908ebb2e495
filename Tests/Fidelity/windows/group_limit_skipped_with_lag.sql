-- data: salaries.json

SELECT * FROM (SELECT *, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r, lag(salary) OVER (PARTITION BY dept ORDER BY salary DESC) AS l FROM salaries) WHERE r <= 2
