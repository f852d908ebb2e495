-- data: strings.json
SELECT id, email
FROM people
WHERE id IN (SELECT MIN(id) FROM people WHERE email IS NOT NULL GROUP BY lower(email))
