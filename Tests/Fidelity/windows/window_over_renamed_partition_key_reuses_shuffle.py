# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    first = events.withColumn("prev", F.lag("event_time").over(Window.partitionBy("user_id").orderBy("event_time")))
    renamed = first.select(F.col("user_id").alias("uid"), "event_time", "page", "prev")
    return renamed.withColumn("n", F.row_number().over(Window.partitionBy("uid").orderBy("event_time", "page")))
