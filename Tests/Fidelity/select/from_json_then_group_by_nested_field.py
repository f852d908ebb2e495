from pyspark.sql import functions as F


def solve(spark):
    events = spark.createDataFrame(
        [(1, '{"user": {"country": "IN"}, "ms": 120}'), (2, '{"user": {"country": "US"}, "ms": 80}'),
         (3, '{"user": {"country": "IN"}, "ms": 100}'), (4, '{"user": null, "ms": 10}')],
        ["id", "js"],
    )
    parsed = events.select(F.from_json("js", "user STRUCT<country: STRING>, ms INT").alias("e"))
    return parsed.groupBy(F.col("e.user.country").alias("country")).agg(F.sum("e.ms").alias("total_ms"), F.count("*").alias("n"))
