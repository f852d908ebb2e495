-- Known wrong: COUNT(*) counts the all-null row that the outer join makes for an empty department.
SELECT d.dept_id, d.dept_name,
       COUNT(*) AS headcount,
       ROUND(AVG(e.salary), 2) AS avg_salary
FROM departments d
LEFT JOIN employees e
  ON e.dept_id = d.dept_id
GROUP BY d.dept_id, d.dept_name
