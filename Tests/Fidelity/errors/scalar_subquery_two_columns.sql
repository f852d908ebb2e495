-- data: employees.json
SELECT name, (SELECT dept_id, dept_name FROM departments LIMIT 1) FROM employees
