-- data: arrays.json
SELECT id, x FROM items LATERAL VIEW explodes(tags) t AS x
