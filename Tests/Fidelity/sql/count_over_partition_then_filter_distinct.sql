-- data: scores.json
SELECT DISTINCT subject, COUNT(*) OVER (PARTITION BY subject) AS takers, MAX(score) OVER (PARTITION BY subject) AS best
FROM scores
