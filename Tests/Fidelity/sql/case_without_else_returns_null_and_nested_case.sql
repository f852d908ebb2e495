-- data: employees.json
SELECT name,
       CASE WHEN dept_id = 10 THEN CASE WHEN salary > 7000 THEN 'eng-high' ELSE 'eng' END END AS label
FROM employees
