-- data: arrays.json
SELECT id, size(filter(scores, s -> s >= 3)) AS passing, exists(scores, s -> s IS NULL) AS has_null,
       forall(scores, s -> s > 0) AS all_positive, array_max(scores) AS best, array_contains(tags, 'b') AS has_b
FROM items
