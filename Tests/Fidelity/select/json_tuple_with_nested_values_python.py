from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, '{"a": {"b": 1}, "c": [1, 2], "d": 2.50, "e": true}'), (2, '{"a": null}')], ["id", "js"])
    return df.select("id", F.json_tuple("js", "a", "c", "d", "e"))
