SELECT array_distinct(array(0.0D, -0.0D, double('NaN'), double('NaN'), 1.0D)) AS d,
       array_contains(array(double('NaN')), double('NaN')) AS has_nan,
       array_position(array(1.0D, double('NaN')), double('NaN')) AS nan_pos
