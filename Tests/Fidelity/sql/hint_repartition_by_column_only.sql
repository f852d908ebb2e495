-- data: employees.json
SELECT /*+ REPARTITION(dept_id) */ name, dept_id FROM employees
