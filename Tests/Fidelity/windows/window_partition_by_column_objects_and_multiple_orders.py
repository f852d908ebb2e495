# data: readings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(readings):
    w = Window.partitionBy(F.col("sensor")).orderBy(F.col("day").desc_nulls_last(), "ts")
    return readings.select("sensor", "day", "ts", F.row_number().over(w).alias("rn"), F.dense_rank().over(Window.partitionBy("sensor").orderBy(F.col("day").desc_nulls_last())).alias("day_rank"))
