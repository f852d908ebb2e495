SELECT map_from_arrays(array('a', 'b'), array(1, 2)), map_entries(map('k', 1)), map_concat(map('a', 1), map('b', 2)), str_to_map('a:1,b:2')
