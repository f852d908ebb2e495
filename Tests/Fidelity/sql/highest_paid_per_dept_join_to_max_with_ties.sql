-- data: employees.json
SELECT e.dept_id, e.name, e.salary
FROM employees e
JOIN (SELECT dept_id, MAX(salary) AS top FROM employees GROUP BY dept_id) m
  ON e.dept_id = m.dept_id AND e.salary = m.top
