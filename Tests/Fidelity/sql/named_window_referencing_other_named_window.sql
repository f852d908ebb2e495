-- data: salaries.json
SELECT name, dept, salary, row_number() OVER w2 AS rn
FROM salaries
WINDOW w1 AS (PARTITION BY dept ORDER BY salary), w2 AS w1
