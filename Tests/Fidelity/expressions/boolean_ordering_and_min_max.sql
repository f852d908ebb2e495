SELECT true > false AS gt, min(b) AS min_b, max(b) AS max_b, count_if(b) AS true_count, bool_and(b) AS all_true, some(b) AS any_true
FROM VALUES (true), (false), (NULL), (true) AS t(b)
