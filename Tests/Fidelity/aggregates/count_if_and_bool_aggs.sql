-- data: salaries.json
SELECT dept, count_if(salary > 100), bool_and(salary > 50), bool_or(salary > 150), any_value(dept) FROM salaries GROUP BY dept
