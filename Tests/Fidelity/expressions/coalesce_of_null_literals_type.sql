SELECT coalesce(NULL, NULL) AS both_null, typeof(coalesce(NULL, NULL)) AS t1, coalesce(NULL, 1, 2L) AS widened, typeof(coalesce(NULL, 1, 2L)) AS t2
