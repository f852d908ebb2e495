-- data: arrays.json
SELECT id, element_at(scores, 0) FROM items WHERE id = 1
