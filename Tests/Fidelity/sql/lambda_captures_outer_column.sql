-- data: arrays.json
SELECT id, transform(scores, x -> x * id) AS scaled, filter(tags, t -> length(t) > id - 2) AS kept FROM items WHERE id <= 2
