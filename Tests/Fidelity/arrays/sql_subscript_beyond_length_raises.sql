-- data: arrays.json
SELECT id, scores[3] FROM items WHERE id = 1
