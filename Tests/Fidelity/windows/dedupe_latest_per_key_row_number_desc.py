# data: readings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(readings):
    w = Window.partitionBy("sensor").orderBy(F.col("ts").desc_nulls_last())
    return readings.withColumn("rn", F.row_number().over(w)).filter("rn = 1").drop("rn")
