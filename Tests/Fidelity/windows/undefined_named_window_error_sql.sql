-- data: salaries.json
SELECT id, sum(salary) OVER w2 AS s FROM salaries WINDOW w AS (PARTITION BY dept)
