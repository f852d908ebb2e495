SELECT id,
       from_json(js, 'MAP<STRING, INT>') AS as_map,
       from_json(arr, 'ARRAY<INT>') AS as_ints,
       to_json(from_json(js, 'MAP<STRING, INT>')) AS round_trip
FROM VALUES (1, '{"a": 1, "b": 2}', '[1, 2, 3]'), (2, '{"a": "x"}', '[1, "two"]'), (3, '{}', '[]'), (4, NULL, 'nope')
  AS t(id, js, arr)
