-- data: arrays.json
SELECT id, t.col, col FROM items LATERAL VIEW explode(scores) t
