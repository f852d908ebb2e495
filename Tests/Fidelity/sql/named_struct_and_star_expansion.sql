-- data: employees.json
SELECT s.* FROM (SELECT named_struct('id', emp_id, 'who', name, 'pay', salary) AS s FROM employees WHERE dept_id = 30)
