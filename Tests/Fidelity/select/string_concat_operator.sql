-- data: employees.json
SELECT name || '-' || dept_id, concat(name, ':', salary), emp_id + 0.5 FROM employees WHERE emp_id < 4
