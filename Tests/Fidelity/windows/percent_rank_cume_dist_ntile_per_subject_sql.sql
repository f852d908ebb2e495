-- data: scores.json
SELECT student, subject, score,
       PERCENT_RANK() OVER (PARTITION BY subject ORDER BY score DESC) AS pr,
       CUME_DIST() OVER (PARTITION BY subject ORDER BY score DESC) AS cd,
       NTILE(2) OVER (PARTITION BY subject ORDER BY score DESC, student) AS half
FROM scores
