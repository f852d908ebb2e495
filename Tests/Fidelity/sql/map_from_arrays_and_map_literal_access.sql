SELECT map('a', 1, 'b', 2)['b'] AS b, map_from_arrays(array('x', 'y'), array(10, 20)) AS m, map('k', NULL)['k'] AS null_value,
       map(1, 'one')[1] AS by_int
