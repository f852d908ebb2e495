-- data: arrays.json
SELECT * EXCEPT (tags, scores, attrs, info.size) FROM items
