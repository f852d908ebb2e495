-- data: words.json
SELECT line_id, pos, w
FROM lines LATERAL VIEW posexplode(split(text, ' ')) t AS pos, w
WHERE pos < 2
