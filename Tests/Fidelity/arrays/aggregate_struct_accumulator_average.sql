-- data: arrays.json
SELECT id,
       aggregate(scores, named_struct('total', 0, 'n', 0),
                 (acc, x) -> named_struct('total', acc.total + coalesce(x, 0), 'n', acc.n + IF(x IS NULL, 0, 1)),
                 acc -> IF(acc.n = 0, NULL, acc.total / acc.n)) AS avg_score,
       reduce(scores, 0L, (acc, x) -> acc + coalesce(x, 0)) AS total
FROM items
