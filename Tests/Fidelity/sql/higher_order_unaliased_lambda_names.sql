-- data: arrays.json
SELECT transform(scores, x -> x + 1), filter(tags, t -> t IS NOT NULL), exists(scores, x -> x > 4), aggregate(scores, 0, (acc, x) -> acc + x)
FROM items WHERE id IN (1, 5)
