-- data: arrays.json
SELECT id, explode(scores) + 1 FROM items
