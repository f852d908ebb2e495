-- data: salaries.json
SELECT name, salary, sum(salary) OVER (PARTITION BY dept ORDER BY salary) AS running,
       sum(salary) OVER (PARTITION BY dept ORDER BY salary ROWS UNBOUNDED PRECEDING) AS running_rows
FROM salaries
