from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(readings: DataFrame) -> DataFrame:
    before = Window.partitionBy("sensor_id").orderBy("reading_ts").rowsBetween(Window.unboundedPreceding, -1)
    return (
        readings.where(F.col("sensor_id").isNotNull() & F.col("reading_ts").isNotNull())
        .withColumn("previous_temperature", F.last("temperature", ignorenulls=True).over(before))
        .withColumn("change", F.col("temperature") - F.col("previous_temperature"))
    )
