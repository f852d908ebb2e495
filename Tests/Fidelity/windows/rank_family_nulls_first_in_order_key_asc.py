# data: readings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(readings):
    w = Window.partitionBy("sensor").orderBy("n")
    return readings.select("sensor", "n", "v",
                           F.row_number().over(Window.partitionBy("sensor").orderBy("n", "v")).alias("rn"),
                           F.rank().over(w).alias("rk"),
                           F.dense_rank().over(w).alias("drk"),
                           F.percent_rank().over(w).alias("pr"),
                           F.cume_dist().over(w).alias("cd"))
