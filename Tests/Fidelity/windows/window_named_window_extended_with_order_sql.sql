-- data: salaries.json
SELECT id, dept, salary, sum(salary) OVER (w ORDER BY id) AS running, count(*) OVER w AS n
FROM salaries WINDOW w AS (PARTITION BY dept)
