from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, ["a", None], [1, 2])], "id INT, ks ARRAY<STRING>, vs ARRAY<INT>")
    return df.select(F.map_from_arrays("ks", "vs").alias("m"))
