-- data: employees.json
SELECT dept_id, min(struct(hire_date, name)) AS first_hire, max(named_struct('s', salary, 'n', name)).n AS top_earner
FROM employees WHERE dept_id IS NOT NULL GROUP BY dept_id ORDER BY first_hire
