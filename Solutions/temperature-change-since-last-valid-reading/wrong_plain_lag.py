# Known wrong: lag looks exactly one row back, so after a failed reading the previous value is null.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(readings: DataFrame) -> DataFrame:
    by_time = Window.partitionBy("sensor_id").orderBy("reading_ts")
    return (
        readings.where(F.col("sensor_id").isNotNull() & F.col("reading_ts").isNotNull())
        .withColumn("previous_temperature", F.lag("temperature").over(by_time))
        .withColumn("change", F.col("temperature") - F.col("previous_temperature"))
    )
