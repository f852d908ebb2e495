-- conf: spark.sql.ansi.enabled=false
-- conf: spark.sql.legacy.sizeOfNull=true
SELECT size(CAST(NULL AS ARRAY<INT>)) AS size_null, cardinality(CAST(NULL AS MAP<STRING, INT>)) AS card_null, size(array()) AS size_empty
