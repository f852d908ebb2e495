-- data: employees.json
SELECT name, rank() OVER (PARTITION BY dept_id ORDER BY salary) AS r FROM (SELECT /*+ REPARTITION(dept_id) */ * FROM employees)
