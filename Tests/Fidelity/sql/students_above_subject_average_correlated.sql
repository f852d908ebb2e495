-- data: scores.json
SELECT s.student, s.subject, s.score
FROM scores s
WHERE s.score > (SELECT AVG(s2.score) FROM scores s2 WHERE s2.subject = s.subject)
