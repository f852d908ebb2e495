-- data: strings.json
SELECT id, lpad(CAST(id AS STRING), 3, '0'), rpad(name, 4, '*'), repeat('ab', id), reverse(name) FROM people
