# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", (F.col("d") - F.lit("2024-01-01").cast("date")).alias("since_new_year"), F.datediff("d", F.lit("2024-01-01")).alias("dd"))
