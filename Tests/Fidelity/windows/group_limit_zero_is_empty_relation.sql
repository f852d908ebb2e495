-- data: salaries.json

SELECT name FROM (SELECT *, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r FROM salaries) WHERE r <= 0
