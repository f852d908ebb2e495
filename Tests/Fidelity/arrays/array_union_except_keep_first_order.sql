SELECT array_union(array(3, 1, 3, 2), array(2, 5, 1, 4)) AS u,
       array_except(array(3, 1, 3, 2, 5), array(2)) AS e,
       array_intersect(array(3, 1, 3, 2), array(2, 3, 3)) AS i,
       array_union(array('b', NULL), array(NULL, 'a')) AS u_nulls,
       array_except(array(1, NULL, NULL), array(1)) AS e_nulls
