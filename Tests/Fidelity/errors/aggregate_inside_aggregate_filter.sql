-- data: employees.json
SELECT count(*) FILTER (WHERE max(salary) > 1) FROM employees
