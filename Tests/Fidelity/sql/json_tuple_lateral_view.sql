WITH raw AS (
  SELECT * FROM VALUES (1, '{"user": "ann", "age": 31, "tags": ["a", "b"]}'),
                       (2, '{"user": "bob"}'),
                       (3, 'not json'),
                       (4, NULL) AS t(id, payload)
)
SELECT id, j.user, j.age, j.tags
FROM raw LATERAL VIEW json_tuple(payload, 'user', 'age', 'tags') j AS user, age, tags
