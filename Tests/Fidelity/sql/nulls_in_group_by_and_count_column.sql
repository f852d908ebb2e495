-- data: employees.json
SELECT dept_id, count(*) AS rows_n, count(manager_id) AS with_manager, count(DISTINCT manager_id) AS managers FROM employees GROUP BY dept_id
