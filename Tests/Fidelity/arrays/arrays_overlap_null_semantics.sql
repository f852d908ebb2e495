SELECT arrays_overlap(array(1, 2), array(2, 3)) AS common,
       arrays_overlap(array(1, NULL), array(2)) AS null_no_match,
       arrays_overlap(array(1, NULL), array(1)) AS null_with_match,
       arrays_overlap(array(1), array()) AS with_empty,
       arrays_overlap(array(CAST(NULL AS INT)), array()) AS null_and_empty
