-- data: salaries.json
SELECT dept, sum(DISTINCT salary), count(DISTINCT salary), avg(DISTINCT salary) FROM salaries GROUP BY dept
