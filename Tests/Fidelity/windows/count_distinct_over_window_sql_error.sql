-- data: salaries.json
SELECT id, count(DISTINCT salary) OVER (PARTITION BY dept) AS d FROM salaries
