# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    steps = events.withColumn("step", F.row_number().over(w))
    return steps.groupBy("user_id").agg(F.max("step").alias("steps"), F.max_by("page", "step").alias("last_page"))
