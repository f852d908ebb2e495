# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", "s", F.try_to_timestamp("s").alias("default_pattern"), F.try_to_timestamp("s", F.lit("yyyy-MM-dd HH:mm:ss")).alias("with_time"))
