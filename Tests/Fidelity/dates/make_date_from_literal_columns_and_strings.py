from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(2024, 2, 29), (2023, 12, 31), (2024, None, 1)], "y int, m int, d int")
    return df.select(F.make_date("y", "m", "d").alias("md"), F.make_date(F.col("y"), F.lit(1), F.lit(1)).alias("jan1"), F.concat_ws("-", "y", "m", "d").cast("date").alias("from_text"))
