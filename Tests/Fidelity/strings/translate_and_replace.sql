-- data: strings.json
SELECT id, translate(phone, '-() ', ''), replace(email, 'example', 'ex'), left(name, 3), right(name, 3) FROM people
