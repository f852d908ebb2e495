-- data: arrays.json
SELECT id, explode(attrs), 1 AS one FROM items
