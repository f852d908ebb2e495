import datetime

from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, datetime.date(2024, 1, 1), datetime.datetime(2024, 1, 1, 12, 0)),
                                (2, datetime.date(2024, 3, 1), datetime.datetime(2024, 3, 1, 6, 30, 15)),
                                (3, None, None)], ["id", "d", "ts"])
    cutoff = datetime.date(2024, 2, 1)
    return df.where(F.col("d") >= F.lit(cutoff)).select("id", "d", "ts", F.datediff("d", F.lit(cutoff)).alias("days_after"))
