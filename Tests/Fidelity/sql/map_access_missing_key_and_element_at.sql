-- data: arrays.json
SELECT id, attrs['nope'] AS a, element_at(attrs, 'x') AS b, try_element_at(tags, 10) AS c, map_keys(attrs) AS ks FROM items
