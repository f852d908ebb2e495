SELECT map_from_arrays(array('a', NULL), array(1, 2)) AS m
