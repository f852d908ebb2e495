SELECT zip_with(array(1, 2, 3), array(10, 20), (a, b) -> coalesce(a, 0) + coalesce(b, 0)) AS sums,
       zip_with(array('a'), array(1, 2), (x, y) -> concat(x, y)) AS joined
