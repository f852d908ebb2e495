-- data: strings.json
SELECT id, email = 'bob@example.org', lower(email) = 'bob@example.org', 'a' < 'B', 'a' < 'b' FROM people WHERE id = 2
