-- data: salaries.json
SELECT dept, listagg(DISTINCT name, ',') WITHIN GROUP (ORDER BY salary) FROM salaries GROUP BY dept
