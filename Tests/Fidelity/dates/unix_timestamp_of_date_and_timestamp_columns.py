# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.unix_timestamp("d").alias("ud"), F.unix_timestamp("ts").alias("uts"), F.unix_seconds("ts").alias("us"), F.unix_micros("ts").alias("umicros"))
