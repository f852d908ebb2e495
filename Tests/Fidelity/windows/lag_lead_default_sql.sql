-- data: salaries.json
SELECT id, dept, salary,
  lag(salary, 1, 0) OVER (PARTITION BY dept ORDER BY id) AS prev,
  lead(salary, 2, -1) OVER (PARTITION BY dept ORDER BY id) AS next2,
  salary - lag(salary) OVER (PARTITION BY dept ORDER BY id) AS diff,
  lag(name, 1, 'none') OVER (ORDER BY id) AS prev_name
FROM salaries
