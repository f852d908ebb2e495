# data: events.json

from pyspark.sql import functions as F


def solve(events):
    return events.select("user_id", (F.col("event_time") + F.expr("INTERVAL 2 HOURS")).alias("plus2h"), (F.to_date("event_time") + 1).alias("next_day"),
                         (F.to_date("event_time") - F.lit("2024-04-30").cast("date")).alias("since"))
