-- data: employees.json
-- ordered: true
SELECT name, salary
FROM employees
WHERE salary IN (SELECT salary FROM employees GROUP BY salary HAVING COUNT(*) > 1)
ORDER BY salary, name
