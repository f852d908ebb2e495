# data: dates.json
from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", "d", F.add_months("d", 1).alias("next"), "ts", F.col("ts").cast("string").alias("ts_text"))
