SELECT flatten(array(array(1, 2), array(3))) AS plain,
       flatten(array(array(1), CAST(NULL AS ARRAY<INT>))) AS with_null_inner,
       flatten(array(array(1, NULL), array())) AS with_null_element,
       flatten(CAST(NULL AS ARRAY<ARRAY<INT>>)) AS null_outer
