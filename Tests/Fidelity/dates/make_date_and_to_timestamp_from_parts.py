from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(2024, 2, 29, "07:05"), (2023, 12, 1, "23:59"), (2024, 1, 31, "00:00")],
                               ["y", "m", "d", "hm"])
    return df.select(
        F.make_date("y", "m", "d").alias("dt"),
        F.to_timestamp(F.concat_ws(" ", F.make_date("y", "m", "d").cast("string"), "hm"), "yyyy-MM-dd HH:mm").alias("ts"),
        F.add_months(F.make_date("y", "m", "d"), 1).alias("plus_month"),
        F.date_sub(F.make_date("y", "m", "d"), 1).alias("day_before"),
    )
