-- data: salaries.json
SELECT id, salary, rank() OVER (ORDER BY salary IS NULL, CASE WHEN dept = 'eng' THEN 0 ELSE 1 END, salary DESC) AS r FROM salaries
