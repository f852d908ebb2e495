-- data: employees.json
-- ordered: true
SELECT name, dept_id, salary,
       SUM(salary) OVER by_dept AS dept_total,
       AVG(salary) OVER running AS running_avg,
       ROW_NUMBER() OVER by_hire AS hire_order
FROM employees
WHERE dept_id IS NOT NULL
WINDOW by_dept AS (PARTITION BY dept_id),
       by_hire AS (PARTITION BY dept_id ORDER BY hire_date),
       running AS (PARTITION BY dept_id ORDER BY hire_date ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
ORDER BY dept_id, hire_order
