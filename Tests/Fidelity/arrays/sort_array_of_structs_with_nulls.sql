SELECT sort_array(array(named_struct('a', 2, 'b', 'x'), named_struct('a', 1, 'b', NULL), NULL, named_struct('a', 1, 'b', 'a'))) AS asc_sorted,
       sort_array(array(named_struct('a', 2, 'b', 'x'), named_struct('a', 1, 'b', NULL), NULL, named_struct('a', 1, 'b', 'a')), false) AS desc_sorted
