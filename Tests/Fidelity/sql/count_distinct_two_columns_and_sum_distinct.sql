-- data: employees.json
SELECT count(DISTINCT dept_id, manager_id), sum(DISTINCT salary), avg(DISTINCT salary), approx_count_distinct(dept_id) FROM employees
