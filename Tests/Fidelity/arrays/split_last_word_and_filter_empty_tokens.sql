-- data: words.json
SELECT line_id, element_at(split(text, ' '), -1) AS last_word, filter(split(text, ' '), w -> w <> '') AS tokens,
       size(array_distinct(transform(split(lower(text), ' '), w -> trim(w)))) AS distinct_words
FROM lines WHERE text <> ''
