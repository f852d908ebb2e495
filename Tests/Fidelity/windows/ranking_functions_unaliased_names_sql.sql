-- data: salaries.json
SELECT id, percent_rank() OVER (PARTITION BY dept ORDER BY salary), cume_dist() OVER (PARTITION BY dept ORDER BY salary), ntile(2) OVER (ORDER BY id),
       row_number() OVER (PARTITION BY dept ORDER BY salary DESC, id)
FROM salaries
