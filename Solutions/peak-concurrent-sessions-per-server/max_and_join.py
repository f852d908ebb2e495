from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(sessions: DataFrame) -> DataFrame:
    valid = sessions.where(
        F.col("server").isNotNull() & F.col("start_ts").isNotNull()
        & F.col("minutes").isNotNull() & (F.col("minutes") > 0)
    )
    ends = F.timestamp_seconds(F.unix_seconds("start_ts") + F.col("minutes") * 60)
    events = valid.select("server", F.col("start_ts").alias("ts"), F.lit(1).alias("delta")).unionByName(
        valid.select("server", ends.alias("ts"), F.lit(-1).alias("delta"))
    )
    in_time = Window.partitionBy("server").orderBy("ts", "delta").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    counted = events.withColumn("open", F.sum("delta").over(in_time))
    peaks = counted.groupBy("server").agg(F.max("open").alias("peak"))
    return (
        counted.join(peaks, "server")
        .where(F.col("open") == F.col("peak"))
        .groupBy("server", "peak")
        .agg(F.min("ts").alias("peak_start"))
    )
