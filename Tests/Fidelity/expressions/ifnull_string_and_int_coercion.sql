-- data: employees.json
SELECT name, coalesce(CAST(salary AS STRING), 'none') FROM employees WHERE emp_id IN (1, 8)
