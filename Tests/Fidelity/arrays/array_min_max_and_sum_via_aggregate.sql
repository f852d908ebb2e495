-- data: arrays.json
SELECT id, array_min(scores), array_max(scores), array_compact(scores), array_append(tags, 'new') FROM items
