-- data: arrays.json
SELECT scores + 1 FROM items
