SELECT greatest(1, NULL, 3) AS g, least(CAST(NULL AS INT), 2) AS l, greatest(CAST(NULL AS INT), NULL) AS all_null,
       greatest(1.0D, CAST('NaN' AS DOUBLE)) AS g_nan, least(1.0D, CAST('NaN' AS DOUBLE)) AS l_nan,
       greatest(1, 2.5) AS mixed, typeof(greatest(1, 2L, 3.5)) AS t, least('b', 'a', NULL) AS s
