SELECT typeof(1 + 1L) AS int_plus_bigint,
       typeof(array(1, NULL)) AS array_with_null,
       typeof(map('a', 1)) AS map_type,
       typeof(struct(1 AS a, 'x' AS b)) AS struct_type,
       typeof(CAST(1 AS SMALLINT) + CAST(1 AS TINYINT)) AS small_plus_tiny,
       typeof(1.5F) AS float_literal,
       typeof(X'01') AS binary_literal,
       typeof(NULL) AS null_type
