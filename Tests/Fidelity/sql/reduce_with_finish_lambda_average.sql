-- data: arrays.json
SELECT id, reduce(scores, named_struct('s', 0, 'n', 0), (acc, x) -> named_struct('s', acc.s + coalesce(x, 0), 'n', acc.n + 1),
              acc -> CASE WHEN acc.n = 0 THEN NULL ELSE acc.s / acc.n END) AS avg_score
FROM items
