-- data: salaries.json
SELECT id, salary, ntile(3) OVER (ORDER BY id) AS t3, ntile(2) OVER (PARTITION BY dept ORDER BY salary DESC) AS t2
FROM salaries WHERE id <= 7
