-- conf: spark.sql.legacy.sizeOfNull=true
SELECT size(CAST(NULL AS ARRAY<INT>)) AS size_null, size(array(1)) AS size_one
