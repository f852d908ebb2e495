-- data: arrays.json
-- ordered: true
SELECT tag, COUNT(*) AS uses, COUNT(DISTINCT id) AS items, sort_array(collect_set(id)) AS ids
FROM items
LATERAL VIEW explode(tags) t AS tag
GROUP BY tag
ORDER BY uses DESC, tag NULLS FIRST
