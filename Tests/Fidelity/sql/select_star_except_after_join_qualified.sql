-- data: employees.json
SELECT * EXCEPT (e.hire_date, e.age, d.dept_id, d.location) FROM employees e JOIN departments d ON e.dept_id = d.dept_id
WHERE e.salary > 8000
