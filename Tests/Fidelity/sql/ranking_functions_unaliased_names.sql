-- data: salaries.json
SELECT name, percent_rank() OVER (PARTITION BY dept ORDER BY salary), cume_dist() OVER (PARTITION BY dept ORDER BY salary),
       ntile(2) OVER (PARTITION BY dept ORDER BY salary), lead(salary, 2, 0) OVER (PARTITION BY dept ORDER BY id)
FROM salaries
