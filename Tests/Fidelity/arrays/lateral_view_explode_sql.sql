-- data: arrays.json
SELECT id, tag FROM items LATERAL VIEW explode(tags) t AS tag
