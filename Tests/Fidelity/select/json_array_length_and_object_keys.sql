SELECT id, json_array_length(js) AS len, json_object_keys(obj) AS keys
FROM VALUES (1, '[1, 2, [3, 4]]', '{"b": 1, "a": {"c": 2}}'), (2, '[]', '{}'), (3, 'not json', '[1]'), (4, NULL, NULL)
  AS t(id, js, obj)
