-- data: employees.json
SELECT dept_id, avg(sum(salary)) FROM employees GROUP BY dept_id
