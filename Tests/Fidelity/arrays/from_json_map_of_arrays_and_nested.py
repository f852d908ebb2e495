from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, '{"a": [1, 2], "b": []}'), (2, '{"a": null}'), (3, '{"a": ["x"]}'), (4, '{}')],
        "id INT, js STRING",
    )
    return df.select("id", F.from_json("js", "MAP<STRING, ARRAY<INT>>").alias("m"))
