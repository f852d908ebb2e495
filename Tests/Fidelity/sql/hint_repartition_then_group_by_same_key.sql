-- data: employees.json
SELECT /*+ REPARTITION(dept_id) */ dept_id, count(*) AS n FROM employees GROUP BY dept_id
