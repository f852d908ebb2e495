-- data: arrays.json
SELECT element_at(tags, 0) FROM items
