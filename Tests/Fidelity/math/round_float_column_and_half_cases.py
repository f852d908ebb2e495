from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(0.5,), (1.5,), (2.5,), (-2.5,), (0.125,), (2.675,)], "f FLOAT")
    return df.select(
        "f",
        F.round("f").alias("r0"),
        F.bround("f").alias("b0"),
        F.round("f", 2).alias("r2"),
        F.bround("f", 2).alias("b2"),
    )
