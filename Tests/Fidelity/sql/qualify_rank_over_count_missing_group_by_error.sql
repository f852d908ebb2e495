-- data: salaries.json
SELECT dept, count(*) AS n FROM salaries GROUP BY dept QUALIFY rank() OVER (ORDER BY count(*) DESC) = 1
