-- data: words.json
SELECT line_id, split(text, ' '), split(text, ' ', 2), size(split(text, ' ')) FROM lines
