-- data: salaries.json

SELECT * FROM (SELECT *, row_number() OVER (ORDER BY salary DESC, id) AS r FROM salaries) WHERE r <= 3
