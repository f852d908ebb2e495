-- data: salaries.json
SELECT dept,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY salary) AS median,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY salary) AS median_disc,
       median(salary) AS median_fn
FROM salaries
GROUP BY dept
