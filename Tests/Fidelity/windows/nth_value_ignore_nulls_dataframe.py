# data: readings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(readings):
    w = Window.partitionBy("sensor").orderBy("ts").rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    return readings.select("sensor", "ts", "v",
                           F.nth_value("v", 2).over(w).alias("second"),
                           F.nth_value("v", 2, ignoreNulls=True).over(w).alias("second_known"))
