-- data: strings.json
SELECT id, first_value(phone) IGNORE NULLS OVER (ORDER BY id), last(phone, true) OVER (ORDER BY id), first(phone) OVER (ORDER BY id) FROM people
