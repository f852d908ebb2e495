-- data: employees.json
SELECT m.name AS manager, count(e.emp_id) AS reports FROM employees m LEFT JOIN employees e ON e.manager_id = m.emp_id GROUP BY m.name
