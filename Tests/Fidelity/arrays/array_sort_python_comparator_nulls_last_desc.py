from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, [3, None, 1, 2]), (2, [None, None]), (3, [])], "id INT, xs ARRAY<INT>")
    desc_nulls_last = lambda l, r: (
        F.when(l.isNull() & r.isNull(), 0)
        .when(l.isNull(), 1)
        .when(r.isNull(), -1)
        .when(l < r, 1)
        .when(l > r, -1)
        .otherwise(0)
    )
    return df.select("id", F.array_sort("xs", desc_nulls_last).alias("sorted"), F.array_sort("xs").alias("default"))
