SELECT zip_with(array(1, 2), array('a', 'b'), (x, y) -> x + y)
