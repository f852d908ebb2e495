-- data: salaries.json
SELECT id, row_number() OVER (PARTITION BY dept ORDER BY NULL) IS NOT NULL AS numbered, count(*) OVER (PARTITION BY dept ORDER BY 1) AS c FROM salaries
