-- data: salaries.json
SELECT dept,
       median(salary) AS med,
       percentile(salary, 0.5) AS pct50,
       percentile_approx(salary, 0.5) AS approx50,
       percentile(salary, array(0.25, 0.75)) AS quartiles
FROM salaries
GROUP BY dept
