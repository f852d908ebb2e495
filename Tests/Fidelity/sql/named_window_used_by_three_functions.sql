-- data: salaries.json
SELECT name, dept, salary,
       rank() OVER w AS rnk, sum(salary) OVER w AS running, lag(salary) OVER w AS prev
FROM salaries
WINDOW w AS (PARTITION BY dept ORDER BY salary DESC NULLS LAST)
