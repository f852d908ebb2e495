-- data: employees.json
SELECT name, (SELECT dept_name FROM departments) AS any_dept FROM employees
