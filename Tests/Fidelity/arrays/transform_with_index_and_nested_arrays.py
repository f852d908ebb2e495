from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, [[1, 2], [3]], ["x", "y", "z"]), (2, [[], [4, None]], []), (3, None, ["w"])],
        "id INT, matrix ARRAY<ARRAY<INT>>, letters ARRAY<STRING>",
    )
    return df.select(
        "id",
        F.transform("letters", lambda s, i: F.concat(s, F.lit("#"), i.cast("string"))).alias("numbered"),
        F.transform("matrix", lambda row: F.transform(row, lambda v: v * 2)).alias("doubled"),
        F.transform("matrix", lambda row: F.size(row)).alias("row_sizes"),
        F.flatten("matrix").alias("flat"),
    )
