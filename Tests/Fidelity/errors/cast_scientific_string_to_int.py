from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("1e3",)], ["s"])
    return df.select(F.col("s").cast("int"))
