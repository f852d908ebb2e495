SELECT exam,
       CASE WHEN score IS NOT NULL THEN RANK() OVER (PARTITION BY exam ORDER BY score DESC) END AS place,
       student_id, name, score
FROM scores
WHERE exam IS NOT NULL
ORDER BY exam, place ASC NULLS LAST, student_id
