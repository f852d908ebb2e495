-- data: arrays.json
SELECT id, info FROM items EXCEPT ALL SELECT id, tags FROM items
