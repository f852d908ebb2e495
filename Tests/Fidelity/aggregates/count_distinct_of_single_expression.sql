-- data: salaries.json
SELECT dept, count(DISTINCT upper(name)) AS names, max(salary) AS top
FROM salaries
GROUP BY dept
