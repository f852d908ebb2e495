-- data: arrays.json

-- Explain writes struct fields as `info#1.color`, array items as `tags#2[0]` and map values as
-- `attrs#3[k]`, also inside aggregates.
SELECT info.color AS color, max(info.size) AS biggest, max(CASE WHEN size(tags) > 0 THEN tags[0] END) AS first_tag, max(attrs['a']) AS a
FROM items GROUP BY info.color
