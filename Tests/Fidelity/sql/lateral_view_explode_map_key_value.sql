-- data: arrays.json
SELECT id, k, v FROM items LATERAL VIEW explode(attrs) m AS k, v
