-- data: strings.json
SELECT id, name, length(name), char_length(name), octet_length(name) FROM people
