from pyspark.sql import functions as F


def solve(spark):
    df = spark.range(1).select(F.current_timestamp().alias("now"), F.now().alias("now2"), F.curdate().alias("today"))
    return df.select(F.typeof("now").alias("t1"), F.typeof("now2").alias("t2"), F.typeof("today").alias("t3"), (F.col("now") == F.col("now2")).alias("same"), (F.to_date("now") == F.col("today")).alias("same_day"))
