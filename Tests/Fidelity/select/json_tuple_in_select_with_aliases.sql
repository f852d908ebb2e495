SELECT id, json_tuple(js, 'name', 'age', 'city') AS (name, age, city)
FROM VALUES (1, '{"name": "ann", "age": 31, "city": "Pune"}'), (2, '{"name": "bob", "age": null}'), (3, '[1, 2]'), (4, NULL)
  AS t(id, js)
