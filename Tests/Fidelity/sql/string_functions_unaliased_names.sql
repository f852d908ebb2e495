-- data: words.json
SELECT line_id, split(text, ' ')[0], regexp_replace(text, 'o', '0'), initcap(text), concat_ws('-', text, 'x'), reverse(text)
FROM lines WHERE line_id <= 3
