# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    return events.select("user_id", "event_time", F.size(F.collect_set("page").over(w)).alias("distinct_pages_so_far"))
