from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, [1, 2, 3], 2), (2, [4], 5), (3, [None, 1], 7), (4, None, 1)], "id INT, xs ARRAY<INT>, v INT")
    return df.select(
        "id",
        F.array_contains("xs", F.col("v")).alias("has_v"),
        F.array_position("xs", F.col("v")).alias("pos_v"),
        F.array_contains("xs", 1.0).alias("has_one_double"),
    )
