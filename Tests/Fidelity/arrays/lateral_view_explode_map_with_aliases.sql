-- data: arrays.json
SELECT id, k, v FROM items LATERAL VIEW explode(attrs) kv AS k, v WHERE v IS NOT NULL ORDER BY id, k
