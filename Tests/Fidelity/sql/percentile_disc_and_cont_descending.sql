-- data: employees.json
SELECT dept_id,
       percentile_disc(0.25) WITHIN GROUP (ORDER BY salary),
       percentile_disc(0.25) WITHIN GROUP (ORDER BY salary DESC) AS disc_desc,
       percentile_cont(0.25) WITHIN GROUP (ORDER BY salary DESC) AS cont_desc,
       percentile_disc(0.0) WITHIN GROUP (ORDER BY salary) AS disc_min,
       percentile_disc(1.0) WITHIN GROUP (ORDER BY salary) AS disc_max
FROM employees
GROUP BY dept_id
