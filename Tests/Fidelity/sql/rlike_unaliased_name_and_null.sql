-- data: strings.json
SELECT id, email RLIKE '@example\\.(com|org)$', name ILIKE '%smith%' FROM people
