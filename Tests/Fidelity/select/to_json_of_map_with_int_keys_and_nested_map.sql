SELECT to_json(map(1, 'a', 2, 'b')) AS int_keys, to_json(map('outer', map('inner', 1.5D))) AS nested, to_json(named_struct('d', DATE'2024-01-02', 'b', true, 'n', CAST(NULL AS INT))) AS with_null
