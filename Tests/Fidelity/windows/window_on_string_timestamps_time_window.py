from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("2024-05-01 09:05:00", 1), ("2024-05-01 09:55:00", 2), ("2024-05-01 10:01:00", 3)], "t string, v int")
    return df.groupBy(F.window("t", "1 hour")).agg(F.sum("v").alias("s"))
