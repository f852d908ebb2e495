SELECT map_from_arrays(array('a', 'b'), array(1))
