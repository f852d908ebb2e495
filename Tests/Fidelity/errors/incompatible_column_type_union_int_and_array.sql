-- data: arrays.json
SELECT id FROM items UNION SELECT scores FROM items
