# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    secs = F.unix_timestamp("ts")
    return dates.select("id", F.timestamp_seconds(secs).alias("back"), F.timestamp_seconds(secs + 0.5).alias("half"), F.from_unixtime(secs, "HH:mm").alias("hm"))
