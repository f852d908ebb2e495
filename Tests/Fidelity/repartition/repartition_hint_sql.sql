-- data: employees.json
SELECT /*+ REPARTITION(3) */ emp_id FROM employees
