-- data: salaries.json
SELECT id, salary,
       collect_list(name) OVER (PARTITION BY dept ORDER BY salary RANGE BETWEEN 10 PRECEDING AND CURRENT ROW) AS near_below
FROM salaries
WHERE dept = 'ops'
