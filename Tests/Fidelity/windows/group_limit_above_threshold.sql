-- data: salaries.json

SELECT * FROM (SELECT *, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r FROM salaries) WHERE r <= 1001
