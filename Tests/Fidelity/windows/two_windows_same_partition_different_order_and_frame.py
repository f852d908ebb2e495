# data: readings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(readings):
    by_ts = Window.partitionBy("sensor").orderBy("ts")
    by_v = Window.partitionBy("sensor").orderBy(F.desc("v"))
    return readings.select("sensor", "ts", "v", F.row_number().over(by_ts).alias("seq"), F.rank().over(by_v).alias("v_rank"), F.sum("v").over(by_ts.rowsBetween(-1, 0)).alias("pair"))
