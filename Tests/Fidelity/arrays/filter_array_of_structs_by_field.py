from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, [("a", 3), ("b", 10), ("c", None)]), (2, []), (3, None)],
        "id INT, items ARRAY<STRUCT<name: STRING, qty: INT>>",
    )
    return df.select(
        "id",
        F.filter("items", lambda s: s.qty > 5).alias("big"),
        F.transform("items", lambda s: s["name"]).alias("names"),
        F.col("items.qty").alias("qtys"),
        F.array_max(F.col("items.qty")).alias("max_qty"),
    )
