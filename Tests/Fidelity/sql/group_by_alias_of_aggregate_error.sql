-- data: employees.json
SELECT dept_id, COUNT(*) AS headcount FROM employees GROUP BY dept_id, headcount
