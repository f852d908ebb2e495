# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id")
    return events.withColumn("latest", F.max("event_time").over(w)).filter(F.col("event_time") == F.col("latest")).drop("latest")
