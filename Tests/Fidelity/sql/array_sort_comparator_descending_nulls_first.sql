-- data: arrays.json
SELECT id, array_sort(scores, (l, r) -> CASE WHEN l IS NULL AND r IS NULL THEN 0 WHEN l IS NULL THEN -1 WHEN r IS NULL THEN 1
                                             WHEN l > r THEN -1 WHEN l < r THEN 1 ELSE 0 END) AS sorted
FROM items
