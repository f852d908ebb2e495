-- data: arrays.json
SELECT element_at(scores, 5) FROM items
