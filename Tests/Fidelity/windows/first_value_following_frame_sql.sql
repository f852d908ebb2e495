-- data: salaries.json
SELECT id, dept, first_value(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_any,
       last_value(salary) IGNORE NULLS OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_known_before
FROM salaries
