-- data: employees.json
WITH avg_by_dept AS (
  SELECT dept_id, avg(salary) AS avg_salary, count(*) AS headcount
  FROM employees WHERE dept_id IS NOT NULL GROUP BY dept_id
)
SELECT d.dept_name, a.dept_id, round(a.avg_salary, 2) AS avg_salary, a.headcount
FROM avg_by_dept a LEFT JOIN departments d USING (dept_id)
WHERE a.avg_salary = (SELECT max(avg_salary) FROM avg_by_dept)
