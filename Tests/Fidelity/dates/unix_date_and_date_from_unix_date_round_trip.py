# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.unix_date("d").alias("days"), F.date_from_unix_date(F.unix_date("d") + 1).alias("next"), F.date_from_unix_date(F.lit(-1)).alias("before_epoch"))
