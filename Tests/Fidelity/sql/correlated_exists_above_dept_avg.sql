-- data: employees.json
SELECT name FROM employees o WHERE salary > (SELECT avg(salary) FROM employees i WHERE i.dept_id = o.dept_id)
