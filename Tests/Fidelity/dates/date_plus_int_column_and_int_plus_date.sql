-- data: dates.json
SELECT id, d + id AS plus, id + d AS flipped, d - id AS minus, typeof(d + id) AS t FROM dates WHERE id <= 3
