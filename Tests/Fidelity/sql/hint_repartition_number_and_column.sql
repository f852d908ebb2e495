-- data: employees.json
SELECT /*+ REPARTITION(4, dept_id) */ name, dept_id FROM employees
