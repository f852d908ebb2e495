-- data: arrays.json
SELECT coalesce(id, scores) FROM items
