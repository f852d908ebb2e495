-- data: arrays.json
SELECT id, transform_keys(attrs, (k, v) -> upper(k)) AS up, transform_values(attrs, (k, v) -> coalesce(v, 0) * 10) AS tens,
       map_filter(attrs, (k, v) -> v IS NULL) AS nulls
FROM items
