-- data: employees.json
SELECT name, salary, (SELECT avg(salary) FROM employees i WHERE i.dept_id = o.dept_id) AS dept_avg FROM employees o
