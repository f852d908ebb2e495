-- data: employees.json
SELECT dept_id, percentile(salary, 0.5) AS median, median(salary) AS median2 FROM employees GROUP BY dept_id
