# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id IN (1, 3, 5, 6, 7)").select("id", F.col("d").cast("string").alias("ds"), F.col("ts").cast("string").alias("tss"), F.col("ts").cast("date").cast("timestamp").alias("midnight"), F.col("s").cast("date").alias("sd"))
