from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, '{"a": {"b": [10, 20]}, "c": "x"}'), (2, '{"a": null, "c": 5}'), (3, None)], ["id", "js"])
    return df.select(
        "id",
        F.json_tuple("js", "a", "c"),
        F.get_json_object("js", "$.a.b[1]").alias("b1"),
        F.get_json_object("js", "$.c").alias("c"),
    )
