-- data: arrays.json
SELECT id FROM items WHERE id IN (SELECT tags FROM items)
