from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("2024-03-05 14:07:09.123",), ("2024-12-31 23:59:59.999",)], "s string")
    return df.select("s", F.to_timestamp("s", "yyyy-MM-dd HH:mm:ss.SSS").alias("ts"),
                     F.date_format(F.to_timestamp("s", "yyyy-MM-dd HH:mm:ss.SSS"), "yyyy-MM-dd'T'HH:mm:ss.SSS").alias("iso"))
