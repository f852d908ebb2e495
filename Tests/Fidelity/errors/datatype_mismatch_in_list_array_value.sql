-- data: arrays.json
SELECT id FROM items WHERE id IN (1, array(2))
