# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(
        "id", "d",
        F.next_day("d", "Mon").alias("next_monday"),
        F.next_day("d", "friday").alias("next_friday"),
        F.dayofweek("d").alias("dow"),
        F.weekofyear("d").alias("week"),
        F.dayofyear("d").alias("doy"),
        F.last_day("d").alias("month_end"),
    )
