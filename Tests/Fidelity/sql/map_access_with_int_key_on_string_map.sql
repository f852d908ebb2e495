-- data: arrays.json
SELECT attrs[1] FROM items
