SELECT zip_with(a, b, (x, y) -> coalesce(x, 0) + coalesce(y, 0)) AS summed,
       zip_with(a, b, (x, y) -> x * y) AS product,
       arrays_zip(a, b) AS zipped
FROM VALUES (array(1, 2, 3), array(10, 20)), (array(), array(5)), (array(4), CAST(NULL AS ARRAY<INT>)) AS t(a, b)
