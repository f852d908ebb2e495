-- data: salaries.json
SELECT id, rank() OVER (PARTITION BY dept ORDER BY salary ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS r FROM salaries
