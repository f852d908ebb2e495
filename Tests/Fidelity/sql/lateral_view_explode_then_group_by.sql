-- data: arrays.json
SELECT tag, count(*) AS n, collect_list(id) AS ids FROM items LATERAL VIEW explode(tags) t AS tag
GROUP BY tag
