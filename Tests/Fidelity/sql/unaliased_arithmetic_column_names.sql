-- data: employees.json
SELECT emp_id, salary + 1, salary * 2.5, -salary, salary % 3, salary DIV 1000, salary / 4, abs(age - 40), age * age
FROM employees WHERE emp_id <= 4
