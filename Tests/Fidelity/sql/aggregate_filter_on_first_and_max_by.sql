-- data: employees.json
SELECT dept_id, max_by(name, salary) FILTER (WHERE age < 40) AS young_top, min(hire_date) FILTER (WHERE salary >= 7000) AS first_paid,
       avg(salary) FILTER (WHERE manager_id = 1) AS direct_avg
FROM employees GROUP BY dept_id
