-- data: arrays.json
SELECT id, info.*, info.color AS c FROM items
