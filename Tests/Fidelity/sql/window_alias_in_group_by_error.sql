-- data: employees.json
SELECT ROW_NUMBER() OVER (ORDER BY salary) AS rn, COUNT(*) FROM employees GROUP BY rn
