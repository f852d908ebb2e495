-- data: scores.json
SELECT subject, sort_array(collect_list(struct(score, student)), false) AS ranked, max(struct(score, student)).student AS best
FROM scores GROUP BY subject
