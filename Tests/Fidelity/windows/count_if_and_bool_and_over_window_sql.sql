-- data: salaries.json
SELECT id, dept, count_if(salary > 100) OVER (PARTITION BY dept) AS rich, bool_and(salary IS NOT NULL) OVER (PARTITION BY dept) AS all_known,
       max_by(name, salary) OVER (PARTITION BY dept) AS top_name
FROM salaries
