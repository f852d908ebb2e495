-- data: arrays.json
SELECT sum(tags) FROM items
