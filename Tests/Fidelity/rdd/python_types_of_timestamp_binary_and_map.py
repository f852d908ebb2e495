def solve(spark):
    df = spark.sql("SELECT TIMESTAMP'2024-03-01 10:20:30.5' AS ts, X'0102' AS b, map('k', 1) AS m, array(1.5D) AS a, CAST(1 AS TINYINT) AS t, 1.5F AS f, 2.50BD AS d")
    r = df.first()
    return spark.createDataFrame([(k, type(v).__name__, str(v)) for k, v in r.asDict().items()], "field STRING, python_type STRING, text STRING")
