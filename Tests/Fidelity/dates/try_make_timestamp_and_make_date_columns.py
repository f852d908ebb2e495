from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(2024, 2, 29, 23, 59, 59.999), (2023, 2, 29, 0, 0, 0.0), (2024, 12, 32, 1, 1, 1.0), (2024, 6, 1, 24, 0, 0.0)],
                               "y INT, m INT, d INT, h INT, mi INT, s DOUBLE")
    return df.select(
        "y", "m",
        F.expr("try_make_timestamp(y, m, d, h, mi, s)").alias("ts"),
        F.make_date("y", "m", F.lit(1)).alias("first_of_month"),
    )
