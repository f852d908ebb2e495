-- data: salaries.json
SELECT dept, name, salary FROM salaries
QUALIFY salary > avg(salary) OVER (PARTITION BY dept)
