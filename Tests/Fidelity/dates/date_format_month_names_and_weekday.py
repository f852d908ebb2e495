# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(
        "id",
        F.date_format("d", "MMM yyyy").alias("mon"),
        F.date_format("d", "MMMM d, yyyy").alias("long"),
        F.date_format("d", "EEE").alias("dow3"),
        F.date_format("d", "EEEE").alias("dow"),
        F.date_format("ts", "hh:mm a").alias("clock"),
        F.date_format("ts", "yyyyMMdd'T'HHmmss").alias("compact"),
    )
