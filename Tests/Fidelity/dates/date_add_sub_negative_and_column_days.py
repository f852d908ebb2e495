# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(
        "id",
        F.date_add("d", -10).alias("minus10"),
        F.date_sub("d", -5).alias("plus5"),
        F.date_add("d", F.col("id")).alias("plus_id"),
        F.date_sub(F.col("ts"), 1).alias("ts_minus1"),
        F.add_months("d", -13).alias("back13"),
    )
