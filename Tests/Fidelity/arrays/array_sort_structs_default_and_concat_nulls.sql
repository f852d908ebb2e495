SELECT array_sort(array(named_struct('a', 2, 'b', 'x'), named_struct('a', 1, 'b', 'z'), named_struct('a', 1, 'b', 'y'))) AS sorted_structs,
       concat(array(1, 2), CAST(NULL AS ARRAY<INT>)) AS concat_null,
       array_contains(CAST(NULL AS ARRAY<INT>), 1) AS contains_null_array,
       cardinality(map('a', 1, 'b', NULL)) AS map_size
