-- data: salaries.json
SELECT id, salary, sum(salary) OVER () AS total, salary / sum(salary) OVER () AS share FROM salaries
