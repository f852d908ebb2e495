# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select("id", F.date_add("d", F.col("id")).alias("plus_id"), F.add_months("d", F.col("id") * -1).alias("back"), F.date_sub("d", F.col("id")).alias("minus_id"))
