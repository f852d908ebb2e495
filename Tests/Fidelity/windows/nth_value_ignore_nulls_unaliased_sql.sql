-- data: salaries.json
SELECT id, nth_value(salary, 2) IGNORE NULLS OVER (PARTITION BY dept ORDER BY salary DESC) FROM salaries
