# data: events.json

from pyspark.sql import functions as F


def solve(events):
    per_user = events.groupBy("user_id").agg(F.sort_array(F.collect_list(F.struct("event_time", "event_type", "page"))).alias("evts"))
    return per_user.select(
        "user_id",
        F.expr("transform(evts, e -> e.page)").alias("path"),
        F.concat_ws(" > ", F.expr("transform(evts, e -> e.event_type)")).alias("journey"),
    )
