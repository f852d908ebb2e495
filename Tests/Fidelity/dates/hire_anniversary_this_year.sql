-- data: employees.json
SELECT emp_id, hire_date, make_date(2024, month(hire_date), day(hire_date)) AS anniversary_2024 FROM employees WHERE emp_id <> 12
