SELECT array_position(array(1, 2, NULL, 2), 2) AS pos_2,
       array_position(array(1, 2, NULL), NULL) AS pos_null,
       array_position(array(1, 2), 5) AS pos_missing,
       array_remove(array(1, NULL, 2, NULL), NULL) AS remove_null,
       array_remove(array(1, NULL, 2, 1), 1) AS remove_1
