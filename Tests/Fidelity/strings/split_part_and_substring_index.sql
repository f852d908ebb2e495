-- data: strings.json
SELECT id, split_part(email, '@', 2), substring_index(email, '.', 1), substring_index(email, '.', -1) FROM people
