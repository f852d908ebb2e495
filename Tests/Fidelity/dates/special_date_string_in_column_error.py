from pyspark.sql import functions as F

def solve(spark):
    df = spark.createDataFrame([("today",), ("epoch",), ("yesterday",), ("now",), (" tomorrow ",)], "s string")
    return df.select("s", F.col("s").cast("date").alias("d"), (F.col("s").cast("date") == F.current_date()).alias("is_today"), F.col("s").cast("timestamp").isNotNull().alias("ts_ok"))
