-- data: employees.json
SELECT t.salary FROM (SELECT name, dept_id FROM employees) t
