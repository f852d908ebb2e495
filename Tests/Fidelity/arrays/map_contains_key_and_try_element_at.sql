-- data: arrays.json
SELECT id,
       map_contains_key(attrs, 'x') AS has_x,
       try_element_at(attrs, 'y') AS y,
       element_at(attrs, 'z') AS z,
       attrs['x'] AS x
FROM items
