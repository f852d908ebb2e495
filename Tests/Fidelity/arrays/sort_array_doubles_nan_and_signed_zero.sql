SELECT sort_array(array(double('NaN'), 1.0D, -0.0D, 0.0D, double('-Infinity'), NULL)) AS asc_sorted,
       sort_array(array(double('NaN'), 1.0D, -0.0D, 0.0D, double('-Infinity'), NULL), false) AS desc_sorted,
       array_sort(array(double('NaN'), 1.0D, NULL, -1.0D)) AS array_sorted
