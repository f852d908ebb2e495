# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    start = F.lit("2024-01-01 00:00:00").cast("timestamp")
    return dates.select(
        "id",
        ((F.unix_timestamp("ts") - F.unix_timestamp(start)) / 3600).alias("hours"),
        ((F.col("ts").cast("long") - start.cast("long")) / 60).cast("int").alias("minutes"),
        F.round((F.col("ts").cast("double") - start.cast("double")) / 86400, 3).alias("days"),
        F.expr("timestampdiff(HOUR, TIMESTAMP'2024-01-01 00:00:00', ts)").alias("tsdiff_hours"),
    )
