-- data: salaries.json

SELECT dept, name, salary, r FROM (SELECT *, rank() OVER (PARTITION BY dept ORDER BY salary ASC NULLS FIRST) AS r FROM salaries) WHERE r <= 2
