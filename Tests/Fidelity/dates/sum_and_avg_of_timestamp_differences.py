# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    gaps = events.withColumn("gap", F.col("event_time") - F.lag("event_time").over(w))
    return gaps.groupBy("user_id").agg(F.sum("gap").alias("total_gap"), F.avg("gap").alias("avg_gap"), F.max("gap").alias("max_gap"))
