-- data: employees.json
SELECT name, CASE manager_id WHEN NULL THEN 'top' WHEN 1 THEN 'reports to Amit' ELSE 'other' END AS who
FROM employees WHERE emp_id IN (1, 2, 5)
