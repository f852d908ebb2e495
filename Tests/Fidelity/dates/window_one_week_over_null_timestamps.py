# data: readings.json

from pyspark.sql import functions as F


def solve(readings):
    return readings.groupBy("sensor", F.window("ts", "1 week")).agg(F.count("*").alias("n"), F.sum("v").alias("total"))
