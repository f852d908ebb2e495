-- data: employees.json
SELECT emp_id, if(salary > 8000, salary, NULL) AS a, nvl(salary, 0.5) AS b, coalesce(salary, 0.0) AS c, nvl2(age, 1L, 2) AS d,
       typeof(if(salary > 8000, salary, 1.5)) AS t
FROM employees WHERE emp_id IN (1, 8)
