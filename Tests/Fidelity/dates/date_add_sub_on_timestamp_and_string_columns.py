# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter(F.col("id").isin(1, 3, 5)).select("id", F.date_add("ts", 1).alias("ts_plus"), F.date_sub("s", 1).alias("s_minus"), F.date_add("d", -366).alias("back_a_year"))
