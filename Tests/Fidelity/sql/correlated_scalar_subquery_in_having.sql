-- data: employees.json
SELECT dept_id, avg(salary) AS avg_sal
FROM employees e
GROUP BY dept_id
HAVING avg(salary) > (SELECT avg(salary) FROM employees)
