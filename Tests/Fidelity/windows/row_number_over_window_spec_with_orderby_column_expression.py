# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy(F.to_date("event_time")).orderBy(F.col("event_time").asc(), F.col("user_id").desc())
    return events.select("user_id", "event_time", F.row_number().over(w).alias("rn_of_day"))
