-- data: arrays.json
SELECT tags[10] FROM items
