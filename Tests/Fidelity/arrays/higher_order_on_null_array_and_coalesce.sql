-- data: arrays.json
SELECT id, exists(scores, s -> s > 100) AS any_big, transform(coalesce(scores, array()), s -> s + 1) AS bumped,
       aggregate(coalesce(scores, array()), 0, (a, s) -> a + coalesce(s, 0)) AS total
FROM items
