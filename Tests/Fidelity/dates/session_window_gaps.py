from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [("u1", "2024-01-01 10:00:00"), ("u1", "2024-01-01 10:10:00"), ("u1", "2024-01-01 11:00:00"),
         ("u2", "2024-01-01 10:05:00"), ("u2", "2024-01-01 10:20:00")], ["user", "ts"]
    ).withColumn("ts", F.to_timestamp("ts"))
    return df.groupBy("user", F.session_window("ts", "15 minutes")).agg(F.count("*").alias("events")).select(
        "user", F.col("session_window.start").alias("start"), F.col("session_window.end").alias("end"), "events")
