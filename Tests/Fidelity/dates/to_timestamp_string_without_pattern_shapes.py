from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("2024-03-05",), ("2024-03-05 14:07",), ("2024-03-05T14:07:09.5",), ("2024-03-05 14:07:09.123456789",)], "s string")
    return df.select("s", F.to_timestamp("s").alias("ts"), F.to_date("s").alias("d"))
