from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(" 8 ",), ("+5",), ("-0",), ("007",), ("2147483647",)], ["s"])
    return df.select("s", F.col("s").cast("int").alias("i"), F.col("s").cast("bigint").alias("l"), F.col("s").cast("double").alias("d"))
