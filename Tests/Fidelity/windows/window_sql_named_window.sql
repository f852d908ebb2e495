-- data: salaries.json
SELECT dept, name, salary, rank() OVER w AS r, sum(salary) OVER w AS running
FROM salaries
WINDOW w AS (PARTITION BY dept ORDER BY salary DESC)
