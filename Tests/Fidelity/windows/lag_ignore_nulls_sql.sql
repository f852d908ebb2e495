-- data: salaries.json
SELECT id, salary,
       lag(salary) IGNORE NULLS OVER (ORDER BY id) AS prev_known,
       last_value(salary, true) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_before,
       nth_value(salary, 2) OVER (ORDER BY id) AS second_so_far
FROM salaries
