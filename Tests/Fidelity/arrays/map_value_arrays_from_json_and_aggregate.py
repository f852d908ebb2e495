from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([('{"a": [1, 2], "b": []}',), ('{"c": [5, null]}',)], ["js"])
    m = df.select(F.from_json("js", "MAP<STRING, ARRAY<INT>>").alias("m"))
    return m.select(
        F.map_keys("m").alias("keys"),
        F.transform_values("m", lambda k, v: F.aggregate(v, F.lit(0), lambda acc, x: acc + F.coalesce(x, F.lit(0)))).alias("sums"),
        F.to_json("m").alias("back"),
    )
