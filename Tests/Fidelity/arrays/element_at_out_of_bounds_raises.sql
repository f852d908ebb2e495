-- data: arrays.json
SELECT element_at(tags, 5) FROM items WHERE id = 1
