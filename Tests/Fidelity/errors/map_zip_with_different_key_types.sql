SELECT map_zip_with(map(1, 'a'), map('x', 'b'), (k, v1, v2) -> concat(v1, v2))
