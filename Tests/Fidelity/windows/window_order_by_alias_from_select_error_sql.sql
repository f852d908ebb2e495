-- data: salaries.json
SELECT id, salary * 2 AS doubled, rank() OVER (ORDER BY doubled) AS r FROM salaries
