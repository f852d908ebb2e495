SELECT emp_id, name, dept, salary, dept_avg_salary
FROM (
  SELECT emp_id, name, dept, salary, AVG(salary) OVER (PARTITION BY dept) AS dept_avg_salary
  FROM employees
  WHERE dept IS NOT NULL
) with_average
WHERE salary > dept_avg_salary
