from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(0.1,), (1.1,), (3.3333333,)], "f FLOAT")
    return df.select("f", F.col("f").cast("double").alias("d"), (F.col("f") + F.lit(0.0)).alias("plus_double"), F.col("f").cast("string").alias("s"))
