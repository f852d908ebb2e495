-- data: arrays.json
SELECT id, posexplode(scores) AS (idx, score)
FROM items
WHERE id <= 3
