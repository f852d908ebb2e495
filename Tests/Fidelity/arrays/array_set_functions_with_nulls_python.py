from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, [1, 2, 2, None, 3], [2, None, 4]), (2, [5, 5], []), (3, None, [1]), (4, [None, None], [None])],
        "id INT, a ARRAY<INT>, b ARRAY<INT>",
    )
    return df.select(
        "id",
        F.array_distinct("a").alias("distinct_a"),
        F.array_union("a", "b").alias("union_ab"),
        F.array_intersect("a", "b").alias("intersect_ab"),
        F.array_except("a", "b").alias("except_ab"),
        F.arrays_overlap("a", "b").alias("overlap"),
    )
