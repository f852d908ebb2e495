-- data: strings.json
SELECT id, substring(email, -3) AS last3, substr(email, 2, 100) AS from2, left(email, 3) AS l3,
       right(email, 4) AS r4, substring(email, 0, 2) AS zero_start, substring_index(email, '.', 1) AS before_dot
FROM people
