SELECT reverse(array(1, 2, 3)) AS rev,
       reverse(CAST(NULL AS ARRAY<INT>)) AS rev_null,
       concat(array(1), array(2, 3), array()) AS joined,
       concat(array(1), CAST(NULL AS ARRAY<INT>)) AS joined_null,
       array(1) || array(2) AS pipes
