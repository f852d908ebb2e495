-- data: employees.json
SELECT name,
       rank() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS r_dept,
       sum(salary) OVER (PARTITION BY dept_id) AS dept_total,
       row_number() OVER (PARTITION BY manager_id ORDER BY hire_date) AS r_mgr
FROM employees
