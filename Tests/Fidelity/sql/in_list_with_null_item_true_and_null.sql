-- data: employees.json
SELECT name, dept_id IN (10, NULL) AS in_ten, dept_id NOT IN (10, NULL) AS not_in_ten FROM employees
