-- data: arrays.json
SELECT id, map_keys(attrs) AS k, map_values(attrs) AS v, map_filter(attrs, (k, v) -> v > 1) AS big,
       transform_values(attrs, (k, v) -> v * 10) AS scaled, element_at(attrs, 'x') AS x, cardinality(attrs) AS n
FROM items
