-- data: strings.json
SELECT id, email LIKE '%@example.%', email ILIKE '%@EXAMPLE.%', name LIKE 'O''%' FROM people
