-- data: employees.json
SELECT a.name AS first, b.name AS second, year(a.hire_date) AS hired
FROM employees a JOIN employees b
  ON year(a.hire_date) = year(b.hire_date) AND a.emp_id < b.emp_id
