# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    q_start = F.date_trunc("quarter", "d").cast("date")
    return dates.select(
        "id",
        q_start.alias("q_start"),
        F.date_sub(F.add_months(q_start, 3), 1).alias("q_end"),
        F.last_day(F.add_months("d", -1)).alias("prev_month_end"),
        F.trunc("d", "month").alias("month_start"),
        F.concat(F.year("d"), F.lit("-Q"), F.quarter("d")).alias("label"),
    )
