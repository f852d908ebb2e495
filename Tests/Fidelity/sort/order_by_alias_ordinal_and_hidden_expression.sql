-- data: employees.json
-- ordered: true
SELECT name, salary * 2 AS doubled, dept_id FROM employees
WHERE salary IS NOT NULL
ORDER BY 3 DESC NULLS LAST, doubled, age * -1
