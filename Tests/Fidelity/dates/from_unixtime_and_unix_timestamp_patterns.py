# data: dates.json

from pyspark.sql import functions as F


def solve(dates):
    return dates.select(
        "id",
        F.unix_timestamp("ts").alias("epoch"),
        F.from_unixtime(F.unix_timestamp("ts"), "yyyy/MM/dd HH:mm").alias("formatted"),
        F.unix_timestamp(F.date_format("d", "dd/MM/yyyy"), "dd/MM/yyyy").alias("round_trip"),
        F.from_unixtime(F.lit(0)).alias("epoch_zero"),
        F.to_timestamp(F.date_format("ts", "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm").alias("to_minute"),
    )
