-- data: employees.json
SELECT name AS who, salary AS amount FROM employees WHERE 1 = 0
UNION ALL
SELECT dept_name, dept_id FROM departments
