from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, '{"device": {"os": "ios"}, "ms": 120}'), (2, '{"device": {"os": "android"}, "ms": 80}'),
         (3, '{"device": {"os": "ios"}, "ms": 100}'), (4, '{"device": {}, "ms": 50}')],
        ["id", "js"],
    )
    os_col = F.get_json_object("js", "$.device.os").alias("os")
    return df.groupBy(os_col).agg(F.avg(F.get_json_object("js", "$.ms").cast("int")).alias("avg_ms"), F.count("*").alias("n"))
