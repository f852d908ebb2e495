-- data: employees.json
SELECT CAST(salary AS DOUBLE) / 3, CAST(age AS STRING) || 'y', try_divide(salary, 0), try_add(age, 1), salary::BIGINT * 2
FROM employees WHERE emp_id <= 2
