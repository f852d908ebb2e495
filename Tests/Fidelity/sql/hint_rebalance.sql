-- data: employees.json
SELECT /*+ REBALANCE(dept_id) */ name, dept_id FROM employees
