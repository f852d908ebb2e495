-- data: employees.json
SELECT name, (SELECT dept_name FROM departments WHERE dept_id = 99) AS missing FROM employees WHERE emp_id = 1
