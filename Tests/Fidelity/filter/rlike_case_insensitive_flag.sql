-- data: strings.json
SELECT id FROM people WHERE email RLIKE '(?i)@example\.'
