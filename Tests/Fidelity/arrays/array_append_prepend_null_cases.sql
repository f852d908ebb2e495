SELECT array_append(array(1, 2), NULL) AS append_null,
       array_append(CAST(NULL AS ARRAY<INT>), 1) AS append_to_null,
       array_prepend(array('b'), 'a') AS prepend,
       array_prepend(array(1.5D), 1) AS prepend_widens,
       array_append(array(), 1) AS append_to_empty
