SELECT array_position(array(3, 1, 2), 1), array_remove(array(1, NULL, 1, 2), 1), array_repeat('x', 3), sequence(1, 5, 2), arrays_zip(array(1, 2), array('a'))
