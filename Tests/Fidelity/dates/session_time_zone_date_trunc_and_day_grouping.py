# data: events.json
# conf: spark.sql.session.timeZone=America/New_York

from pyspark.sql import functions as F


def solve(events):
    return events.groupBy(F.to_date("event_time").alias("ny_day")).agg(F.count("*").alias("n"), F.min(F.date_trunc("day", "event_time")).alias("day_start"))
