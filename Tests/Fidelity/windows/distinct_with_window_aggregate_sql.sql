-- data: salaries.json
SELECT DISTINCT dept, sum(salary) OVER (PARTITION BY dept) AS total, count(*) OVER (PARTITION BY dept) AS n FROM salaries
