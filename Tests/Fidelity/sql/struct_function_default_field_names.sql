-- data: employees.json
SELECT struct(name, salary * 2, dept_id AS d) AS s, struct(name, age).name AS n FROM employees WHERE emp_id = 1
