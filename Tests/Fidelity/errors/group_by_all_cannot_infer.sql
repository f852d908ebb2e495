-- data: employees.json
SELECT name, salary + count(*) FROM employees GROUP BY ALL
