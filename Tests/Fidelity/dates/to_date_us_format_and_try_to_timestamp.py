from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("03/15/2024", "2024-03-15T08:30:00"), ("12/31/2023", "2023-12-31 23:59"),
                                ("1/2/2024", "bad"), (None, None)], ["us", "iso"])
    return df.select(
        F.expr("try_to_date(us, 'MM/dd/yyyy')").alias("d"),
        F.to_date("us", "M/d/yyyy").alias("d_short"),
        F.try_to_timestamp("iso", F.lit("yyyy-MM-dd'T'HH:mm:ss")).alias("ts"),
        F.date_format(F.to_date("us", "M/d/yyyy"), "yyyy-MM").alias("month"),
    )
