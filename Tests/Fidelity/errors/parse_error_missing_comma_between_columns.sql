-- data: employees.json
SELECT name salary dept_id FROM employees
