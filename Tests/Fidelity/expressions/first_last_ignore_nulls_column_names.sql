-- data: strings.json
SELECT first(phone, true), first(phone) IGNORE NULLS, last(phone, true), first_value(phone, true), any_value(phone, true), last_value(phone) IGNORE NULLS FROM people
