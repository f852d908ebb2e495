from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, [1.5, 2.5])], "id INT, xs ARRAY<DOUBLE>")
    return df.select(F.aggregate("xs", F.lit(0), lambda acc, x: acc + x).alias("total"))
