-- data: salaries.json
SELECT dept, percentile_cont(1.5) WITHIN GROUP (ORDER BY salary) FROM salaries GROUP BY dept
