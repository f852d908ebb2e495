-- data: salaries.json
SELECT salary, DENSE_RANK() OVER (ORDER BY salary DESC) AS dr
FROM (SELECT DISTINCT salary FROM salaries WHERE salary IS NOT NULL) t
