-- data: salaries.json
SELECT dept,
       percentile(salary, 0.5) AS p50,
       percentile_approx(salary, 0.5, 100) AS approx50,
       median(salary) AS med,
       array_agg(salary) AS vals,
       max_by(name, salary) AS top_name
FROM salaries
WHERE dept IS NULL OR dept = 'hr' OR name = 'e'
GROUP BY dept
