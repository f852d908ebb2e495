from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, [1, 2, 3])], "id INT, xs ARRAY<INT>")
    return df.select(F.slice("xs", 0, 2).alias("s"))
