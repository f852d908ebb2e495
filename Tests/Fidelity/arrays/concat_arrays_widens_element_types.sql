SELECT concat(array(1, 2), array(3L)) AS int_and_bigint,
       concat(array(1), array(2.5D)) AS int_and_double,
       concat(array('a'), array(CAST(NULL AS STRING))) AS with_null,
       typeof(concat(array(1), array(1.5))) AS int_and_decimal_type
