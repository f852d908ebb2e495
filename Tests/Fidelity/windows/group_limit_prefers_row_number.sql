-- data: salaries.json

SELECT * FROM (SELECT *, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r, row_number() OVER (PARTITION BY dept ORDER BY salary DESC) AS n FROM salaries) WHERE r <= 2 AND n <= 3
