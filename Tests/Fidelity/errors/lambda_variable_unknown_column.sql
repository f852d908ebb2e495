-- data: arrays.json
SELECT transform(scores, x -> y + 1) FROM items
