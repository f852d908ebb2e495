SELECT struct(1, 'a') = struct(1, 'a') AS eq,
       struct(1, 'b') > struct(1, 'a') AS gt,
       struct(1, NULL) = struct(1, NULL) AS eq_with_null,
       struct(1, NULL) <=> struct(1, NULL) AS null_safe,
       array(1, 2) < array(1, 2, 0) AS shorter_array_first,
       array(2) > array(1, 9) AS first_element_decides
