-- data: strings.json
SELECT id, instr(email, '@'), locate('e', email), locate('e', email, 3), position('@' IN email) FROM people
