-- data: scores.json
SELECT student, to_json(collect_list(named_struct('subject', subject, 'score', score))) AS js,
       to_json(map_from_entries(collect_list(struct(subject, score)))) AS by_subject
FROM scores WHERE student IN ('ann', 'dee') GROUP BY student
