from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(bookings: DataFrame) -> DataFrame:
    by_start = Window.partitionBy("room").orderBy("start_ts", "booking_id")
    earlier = by_start.rowsBetween(Window.unboundedPreceding, -1)
    so_far = by_start.rowsBetween(Window.unboundedPreceding, Window.currentRow)
    booked = bookings.where(
        F.col("room").isNotNull() & F.col("start_ts").isNotNull() & F.col("minutes").isNotNull()
    ).withColumn("end_ts", F.timestamp_seconds(F.unix_seconds("start_ts") + F.col("minutes") * 60))
    latest_end = F.max("end_ts").over(earlier)
    return (
        booked.withColumn("new_block", F.when(latest_end.isNull() | (F.col("start_ts") > latest_end), 1).otherwise(0))
        .withColumn("block_id", F.sum("new_block").over(so_far))
        .groupBy("room", "block_id")
        .agg(
            F.min("start_ts").alias("block_start"),
            F.max("end_ts").alias("block_end"),
            F.count("*").alias("bookings"),
        )
        .drop("block_id")
    )
