-- data: arrays.json
SELECT id, tag, score FROM items
LATERAL VIEW explode(tags) a AS tag
LATERAL VIEW explode(scores) b AS score
WHERE id <= 2
