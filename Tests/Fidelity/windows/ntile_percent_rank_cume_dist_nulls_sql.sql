-- data: salaries.json
SELECT name, dept, salary,
  ntile(3) OVER (ORDER BY salary) AS t3,
  ntile(5) OVER (PARTITION BY dept ORDER BY salary DESC) AS t5,
  percent_rank() OVER (ORDER BY salary) AS pr,
  cume_dist() OVER (PARTITION BY dept ORDER BY salary NULLS LAST) AS cd
FROM salaries
