-- data: salaries.json
SELECT id, SUM(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) AS s FROM salaries
