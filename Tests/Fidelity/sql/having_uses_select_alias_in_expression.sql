-- data: employees.json
SELECT dept_id, COUNT(*) AS cnt FROM employees GROUP BY dept_id HAVING cnt * 2 > 4
