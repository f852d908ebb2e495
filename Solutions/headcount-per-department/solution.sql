SELECT d.dept_id, d.dept_name,
       COUNT(e.employee_id) AS headcount,
       ROUND(AVG(e.salary), 2) AS avg_salary
FROM departments d
LEFT JOIN employees e
  ON e.dept_id = d.dept_id
GROUP BY d.dept_id, d.dept_name
