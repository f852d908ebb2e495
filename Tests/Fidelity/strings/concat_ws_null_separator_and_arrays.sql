SELECT concat_ws(NULL, 'a', 'b') AS null_sep,
       concat_ws('-') AS no_values,
       concat_ws('-', array('a', NULL, 'b'), 'c', NULL) AS mixed,
       concat_ws('', 'a', 'b') AS empty_sep,
       concat('a', NULL, 'b') AS plain_concat
