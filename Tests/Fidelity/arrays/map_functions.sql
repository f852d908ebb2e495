-- data: arrays.json
SELECT id, map_keys(attrs), map_values(attrs), size(attrs), map_contains_key(attrs, 'x') FROM items
