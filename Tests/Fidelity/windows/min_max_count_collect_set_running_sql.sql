-- data: salaries.json
SELECT id, dept, salary,
       min(salary) OVER w AS mn, max(salary) OVER w AS mx, count(salary) OVER w AS c, count(*) OVER w AS cs,
       collect_set(salary) OVER w AS seen
FROM salaries
WINDOW w AS (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
