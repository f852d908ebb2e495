SELECT array_max(array(1.0D, double('NaN'), 3.0D)) AS max_nan,
       array_min(array(1.0D, double('NaN'), 3.0D)) AS min_nan,
       array_max(array(NULL, 2, 7)) AS max_null,
       array_min(array(CAST(NULL AS INT))) AS min_only_null,
       array_max(array('b', 'a', 'B')) AS max_string
