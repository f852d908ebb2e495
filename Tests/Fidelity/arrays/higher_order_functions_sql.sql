-- data: arrays.json

SELECT id,
       transform(scores, (x, i) -> x * 10 + i) AS weighted,
       filter(tags, t -> t <> 'b') AS not_b,
       aggregate(scores, 0, (acc, x) -> acc + coalesce(x, 0), acc -> acc * 2) AS doubled_total,
       forall(scores, x -> x > 0) AS all_positive,
       zip_with(tags, scores, (t, s) -> concat(t, ':', cast(s AS STRING))) AS pairs,
       map_filter(attrs, (k, v) -> v > 1) AS big_attrs,
       transform_values(attrs, (k, v) -> v * 100) AS scaled_attrs
FROM items
