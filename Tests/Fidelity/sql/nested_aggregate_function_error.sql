-- data: employees.json
SELECT dept_id, MAX(AVG(salary)) AS top_avg FROM employees GROUP BY dept_id
