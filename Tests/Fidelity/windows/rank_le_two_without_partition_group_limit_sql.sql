-- data: salaries.json
SELECT * FROM (SELECT id, salary, rank() OVER (ORDER BY salary DESC) AS r FROM salaries) WHERE r <= 2
