-- data: employees.json
SELECT dept_id, SUM(salary) AS payroll
FROM employees
GROUP BY dept_id
QUALIFY RANK() OVER (ORDER BY SUM(salary) DESC) <= 2
