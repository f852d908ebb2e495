-- data: employees.json
SELECT age DIV 10 * 10 AS decade, count(*) FROM employees GROUP BY age DIV 10 * 10
