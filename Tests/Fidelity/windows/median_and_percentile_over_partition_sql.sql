-- data: salaries.json
SELECT id, dept, salary, median(salary) OVER (PARTITION BY dept) AS med, percentile(salary, 0.25) OVER (PARTITION BY dept) AS p25
FROM salaries
