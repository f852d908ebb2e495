SELECT sort_array(array(map('a', 1), map('b', 2)))
