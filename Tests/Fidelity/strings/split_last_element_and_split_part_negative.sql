-- data: strings.json
SELECT id, element_at(split(email, '[@.]'), -1) AS tld, split_part(email, '.', -1) AS last_part,
       split(phone, '[- ()]+') AS phone_parts, array_size(split(coalesce(name, ''), ' ')) AS words
FROM people
