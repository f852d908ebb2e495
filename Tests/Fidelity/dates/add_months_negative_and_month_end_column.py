# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", "d", F.add_months("d", -1).alias("prev"), F.add_months("d", 12).alias("next_year"), F.add_months("ts", 1).alias("from_ts"), F.add_months("d", F.col("id")).alias("by_id"))
