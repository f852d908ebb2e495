-- data: arrays.json
SELECT upper(tags) FROM items
