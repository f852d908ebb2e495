-- data: scores.json
SELECT student, subject, score,
       rank() OVER w AS rk, dense_rank() OVER w AS drk, row_number() OVER (PARTITION BY subject ORDER BY score DESC, student) AS rn
FROM scores WINDOW w AS (PARTITION BY subject ORDER BY score DESC)
