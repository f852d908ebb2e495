SELECT array_join(array(1, NULL, 3), '-') AS skip_null,
       array_join(array(1, NULL, 3), '-', '?') AS replace_null,
       array_join(array(CAST(NULL AS INT)), ',') AS only_null,
       array_join(array(), ',') AS empty_array,
       array_join(array('a', 'b'), NULL) AS null_delimiter
