-- data: employees.json
SELECT emp_id, make_date(2023, month(hire_date), day(hire_date)) AS anniversary_2023 FROM employees
