-- data: salaries.json

SELECT * FROM (SELECT dept, m, rank() OVER (PARTITION BY dept ORDER BY m DESC) AS r FROM (SELECT dept, max(salary) m FROM salaries GROUP BY dept)) WHERE r <= 1
