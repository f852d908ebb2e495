-- data: arrays.json
SELECT id, tag FROM items LATERAL VIEW OUTER explode(tags) t AS tag
