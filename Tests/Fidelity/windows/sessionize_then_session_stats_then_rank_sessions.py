# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    new = (F.col("event_time").cast("long") - F.lag("event_time").over(w).cast("long") > 1800).cast("int")
    sessions = events.withColumn("new", F.coalesce(new, F.lit(1))).withColumn("sid", F.sum("new").over(w))
    stats = sessions.groupBy("user_id", "sid").agg(F.count("*").alias("events"), (F.max("event_time").cast("long") - F.min("event_time").cast("long")).alias("secs"))
    return stats.withColumn("longest", F.row_number().over(Window.partitionBy("user_id").orderBy(F.desc("secs"), "sid"))).filter("longest = 1")
