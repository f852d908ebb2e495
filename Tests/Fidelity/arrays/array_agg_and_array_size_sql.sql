-- data: scores.json
SELECT student, array_size(array_agg(score)) AS n, sort_array(array_agg(subject)) AS subjects, array_agg(DISTINCT score) IS NOT NULL AS has
FROM scores GROUP BY student
