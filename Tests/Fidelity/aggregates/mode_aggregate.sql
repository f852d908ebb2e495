-- data: salaries.json
SELECT dept, mode(salary), mode(name) FROM salaries WHERE dept = 'ops' GROUP BY dept
