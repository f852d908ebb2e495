-- data: salaries.json
SELECT id, salary,
       lead(salary, 2) IGNORE NULLS OVER (PARTITION BY dept ORDER BY id) AS second_next_known,
       lag(salary, 1, -1) IGNORE NULLS OVER (PARTITION BY dept ORDER BY id) AS prev_or_default
FROM salaries
