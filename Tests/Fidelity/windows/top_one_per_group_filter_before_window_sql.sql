-- data: scores.json
SELECT * FROM (
  SELECT student, subject, score, row_number() OVER (PARTITION BY subject ORDER BY score DESC, student) AS rn
  FROM scores WHERE score IS NOT NULL
) WHERE rn = 1
