-- data: arrays.json
SELECT id, element_at(attrs, 'y') AS y_at, attrs['y'] AS y_sub, try_element_at(attrs, 'q') AS q, attrs['x'] + 1 AS x_plus
FROM items
