-- data: salaries.json
SELECT dept, count(DISTINCT upper(name)) AS names, sum(DISTINCT salary % 100) AS tails, max(salary) AS top
FROM salaries
GROUP BY dept
