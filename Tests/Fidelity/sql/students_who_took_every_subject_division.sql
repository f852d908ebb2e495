-- data: scores.json
SELECT student
FROM scores
GROUP BY student
HAVING COUNT(DISTINCT subject) = (SELECT COUNT(DISTINCT subject) FROM scores)
