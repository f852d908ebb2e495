-- data: employees.json
SELECT * EXCEPT (nope) FROM employees
