# data: events.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(events):
    w = Window.partitionBy("user_id").orderBy("event_time")
    secs = F.col("event_time").cast("long")
    with_gap = events.withColumn("gap", secs - F.lag(secs).over(w))
    flagged = with_gap.withColumn("new_session", F.when(F.col("gap").isNull() | (F.col("gap") > 30 * 60), 1).otherwise(0))
    numbered = flagged.withColumn(
        "session_id",
        F.concat_ws("-", F.col("user_id").cast("string"), F.sum("new_session").over(w.rowsBetween(Window.unboundedPreceding, Window.currentRow)).cast("string")),
    )
    return numbered.select("user_id", "event_time", "gap", "session_id")
