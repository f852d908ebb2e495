-- data: arrays.json
SELECT info.weight FROM items
