from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, '{"a": 1, "b": "x"}'), (2, '{"a": "oops"}'), (3, "not json"), (4, None), (5, "[]"), (6, '{"b": "only"}')],
        "id INT, js STRING",
    )
    return df.select("id", F.from_json("js", "a INT, b STRING").alias("parsed"))
