-- data: salaries.json
SELECT id, count(*) OVER (ORDER BY salary > 100 RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS c FROM salaries
