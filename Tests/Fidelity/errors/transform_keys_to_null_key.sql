SELECT transform_keys(map('a', 1, 'b', 2), (k, v) -> IF(k = 'a', NULL, k))
