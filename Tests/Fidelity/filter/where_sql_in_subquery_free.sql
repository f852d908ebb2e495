-- data: employees.json
SELECT name FROM employees WHERE dept_id IN (10, 20) AND NOT (age < 30) AND name <> 'Jo'
