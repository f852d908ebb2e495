# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter("id IN (1, 5)").select("id", F.to_date(col="s", format="yyyy-MM-dd").alias("d"), F.to_timestamp("s", format="yyyy-MM-dd").alias("t"),
                                              F.from_unixtime(F.lit(86400), format="yyyy-MM-dd").alias("day_one"), F.unix_timestamp("s", format="yyyy-MM-dd").alias("u"))
