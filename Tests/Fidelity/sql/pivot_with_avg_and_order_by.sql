-- data: scores.json
-- ordered: true
SELECT * FROM (SELECT student, subject, score FROM scores)
PIVOT (avg(score) AS avg_score FOR subject IN ('math' AS m, 'art' AS a))
ORDER BY student
