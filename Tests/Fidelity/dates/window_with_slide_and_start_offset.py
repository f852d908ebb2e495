from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [("2024-01-01 10:02:00", 1), ("2024-01-01 10:07:00", 2), ("2024-01-01 10:14:00", 3), ("2024-01-01 10:21:00", 4)],
        ["ts", "v"]).withColumn("ts", F.col("ts").cast("timestamp"))
    return df.groupBy(F.window("ts", "10 minutes", "10 minutes", "5 minutes")).agg(F.sum("v").alias("total")).select(
        F.col("window.start").alias("start"), F.col("window.end").alias("end"), "total")
