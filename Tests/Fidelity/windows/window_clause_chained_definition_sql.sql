-- data: salaries.json
SELECT id, rank() OVER w2 AS r FROM salaries WINDOW w1 AS (PARTITION BY dept), w2 AS (w1 ORDER BY salary DESC)
