from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, {"a": 1, "b": 2}, {"b": 10, "c": 20}), (2, {}, {"x": 1}), (3, None, {"y": 2})],
        "id INT, m1 MAP<STRING, INT>, m2 MAP<STRING, INT>",
    )
    return df.select(
        "id",
        F.map_zip_with("m1", "m2", lambda k, v1, v2: F.coalesce(v1, F.lit(0)) + F.coalesce(v2, F.lit(0))).alias("summed"),
    )
