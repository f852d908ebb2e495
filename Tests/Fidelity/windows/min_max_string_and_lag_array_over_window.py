# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    pages = F.collect_list("page").over(w.rowsBetween(-1, 0))
    return events.select("user_id", "event_time", F.min("page").over(Window.partitionBy("user_id")).alias("first_alpha"), pages.alias("last_two"),
                         F.lag(pages).over(w).alias("prev_pair"))
