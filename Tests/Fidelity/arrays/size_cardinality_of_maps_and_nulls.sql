-- data: arrays.json
SELECT id, size(attrs) AS n_attrs, cardinality(tags) AS n_tags, size(map_filter(attrs, (k, v) -> v IS NULL)) AS null_values
FROM items
