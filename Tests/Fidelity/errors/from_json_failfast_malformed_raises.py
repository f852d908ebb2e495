from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, '{"a": 1}'), (2, '{"a": oops}')], ["id", "js"])
    return df.select("id", F.from_json("js", "a INT", {"mode": "FAILFAST"}).alias("p"))
