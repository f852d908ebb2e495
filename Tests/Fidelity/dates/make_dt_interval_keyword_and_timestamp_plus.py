# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.filter("user_id = 1").select("event_time", (F.col("event_time") + F.make_dt_interval(days=F.lit(1), hours=F.lit(2))).alias("later"),
                                               F.make_ym_interval(years=F.lit(1)).cast("string").alias("ym"))
