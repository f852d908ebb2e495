-- data: arrays.json
SELECT id, exists(scores, x -> x > 4) AS any_big, forall(scores, x -> x > 0) AS all_pos, exists(scores, x -> x IS NULL) AS has_null
FROM items
