-- data: employees.json
SELECT emp_id, CASE WHEN salary IS NULL THEN 'unknown' ELSE salary END AS salary_text
FROM employees WHERE emp_id IN (1, 8)
