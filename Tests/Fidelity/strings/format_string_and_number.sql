-- data: strings.json
SELECT id, format_string('%s-%05d', name, id), format_number(1234567.891, 2), printf('%.3f', 3.14159D) FROM people WHERE id < 3
