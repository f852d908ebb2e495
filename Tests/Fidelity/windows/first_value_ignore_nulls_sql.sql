-- data: salaries.json
SELECT id, dept, salary,
  first_value(salary) IGNORE NULLS OVER (PARTITION BY dept ORDER BY id DESC) AS fv,
  last_value(salary) IGNORE NULLS OVER (PARTITION BY dept ORDER BY id) AS lv,
  first_value(salary) OVER (PARTITION BY dept ORDER BY id DESC) AS fv_nulls,
  first(salary, true) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS f_all
FROM salaries
