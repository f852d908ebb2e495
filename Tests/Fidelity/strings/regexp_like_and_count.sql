-- data: strings.json
SELECT id, regexp_like(email, '^[a-z]+@'), regexp_count(phone, '[0-9]'), regexp_extract_all(phone, '([0-9]+)', 1) FROM people
