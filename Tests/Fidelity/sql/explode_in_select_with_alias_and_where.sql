-- data: arrays.json
SELECT id, explode(scores) AS s FROM items WHERE id IN (1, 2)
