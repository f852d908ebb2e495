SELECT array_insert(array(1, 2, 3), 1, 0) AS at_start,
       array_insert(array(1, 2, 3), 4, 9) AS at_end,
       array_insert(array(1, 2, 3), 6, 9) AS past_end_pads,
       array_insert(array(1, 2, 3), -1, 9) AS neg_one,
       array_insert(array(1, 2, 3), -5, 9) AS before_start_pads,
       array_insert(CAST(NULL AS ARRAY<INT>), 1, 9) AS null_array
