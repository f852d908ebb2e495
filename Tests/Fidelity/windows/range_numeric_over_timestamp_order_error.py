# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time").rangeBetween(-3600, 0)
    return events.select("user_id", F.count("*").over(w).alias("c"))
