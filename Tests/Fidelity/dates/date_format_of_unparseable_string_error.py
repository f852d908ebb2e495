# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.filter(F.col("id").isin(1, 3, 4)).select("id", F.date_format("s", "MM/dd/yyyy").alias("from_string"))
