SELECT array(1, 2.5) AS int_and_decimal,
       array(1, 2.5D) AS int_and_double,
       array(1, 2L) AS int_and_bigint,
       array(CAST(1 AS TINYINT), 300) AS tiny_and_int,
       array(1, NULL) AS with_null,
       array() AS empty
