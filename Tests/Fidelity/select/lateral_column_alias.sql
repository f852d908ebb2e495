-- data: employees.json
SELECT salary * 2 AS doubled, doubled + 1 AS plus_one FROM employees WHERE emp_id < 3
