# data: dates.json
from pyspark.sql import functions as F


def solve(dates):
    valid = dates.filter(F.col("id").isin(1, 5, 7))
    return valid.select("id", F.unix_timestamp("ts"), F.from_unixtime(F.unix_timestamp("ts")), F.unix_timestamp("s", "yyyy-MM-dd"), F.to_unix_timestamp(F.col("ts")))
