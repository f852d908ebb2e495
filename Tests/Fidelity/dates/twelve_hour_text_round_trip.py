from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("03/05/2024 02:07 PM",), ("12/31/2024 12:00 AM",), ("01/01/2025 11:59 pm",)], "s string")
    ts = F.to_timestamp("s", "MM/dd/yyyy hh:mm a")
    return df.select("s", ts.alias("ts"), F.date_format(ts, "MMM dd, yyyy hh:mm:ss a").alias("back"))
