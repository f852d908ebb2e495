-- data: employees.json
SELECT * EXCEPT (hire_date, age, manager_id) FROM employees WHERE dept_id = 20
