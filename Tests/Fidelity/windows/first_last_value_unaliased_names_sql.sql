-- data: salaries.json
SELECT id, first_value(salary) OVER (PARTITION BY dept ORDER BY id), last_value(salary, true) OVER (PARTITION BY dept ORDER BY id),
       first(salary) IGNORE NULLS OVER (PARTITION BY dept ORDER BY id), last(name) OVER (PARTITION BY dept)
FROM salaries
