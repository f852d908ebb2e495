# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.filter("user_id <= 2").select("user_id", F.date_format("event_time", "yyyy-MM-dd'T'HH:mm:ss'Z'").alias("iso"), F.col("event_time").cast("string").alias("text"),
                                              F.concat(F.to_date("event_time").cast("string"), F.lit(" "), F.hour("event_time").cast("string")).alias("day_hour"))
