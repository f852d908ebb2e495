SELECT v, typeof(v) AS t FROM VALUES (1), (2.5), (NULL), (CAST(7 AS BIGINT)) AS x(v)
