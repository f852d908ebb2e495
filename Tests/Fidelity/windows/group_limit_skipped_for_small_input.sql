-- data: salaries.json

SELECT * FROM (SELECT *, rank() OVER (PARTITION BY k ORDER BY v DESC) AS r FROM VALUES (1, 1), (1, 2), (2, 3) AS t(k, v)) WHERE r <= 5
