-- data: employees.json
SELECT dept_id FROM employees WHERE max(salary) > 100 GROUP BY dept_id
