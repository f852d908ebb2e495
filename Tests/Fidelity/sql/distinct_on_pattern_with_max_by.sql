-- data: employees.json
SELECT dept_id, max_by(name, salary) AS top_name, max(salary) AS top_salary FROM employees GROUP BY dept_id
