SELECT map_keys(map('b', 1, 'a', 2, 'c', 3)) AS ks,
       map_values(map('b', 1, 'a', 2, 'c', 3)) AS vs,
       map_entries(map(2, 'two', 1, 'one')) AS entries,
       map_from_entries(array(struct(1, 'a'), struct(2, 'b'))) AS from_entries,
       cardinality(map()) AS empty_size
