-- data: strings.json
SELECT upper(name), trim(BOTH ' ' FROM name), left(email, 3), right(phone, 4), concat(name, '!'), name || '?', position('@' IN email),
       split_part(email, '@', 2), email LIKE '%example%', email RLIKE 'ex', format_string('%s-%d', name, id), repeat('x', 2),
       btrim(name), char_length(name), ascii(name), lcase(name), email ILIKE '%EXAMPLE%'
FROM people
