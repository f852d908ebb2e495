-- data: salaries.json

SELECT dept, name, salary, r FROM (SELECT *, dense_rank() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST) AS r FROM salaries) WHERE r = 2
