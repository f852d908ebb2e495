-- data: salaries.json
SELECT name, dept, salary,
  sum(salary) OVER (ORDER BY salary RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS range_sum,
  sum(salary) OVER (ORDER BY salary ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rows_sum,
  count(*) OVER (ORDER BY salary) AS n
FROM salaries WHERE dept = 'eng' OR dept = 'ops'
