from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(0.1,), (0.2,), (0.7,)], "f FLOAT")
    return df.agg(F.sum("f").alias("s"), F.avg("f").alias("a"), F.max("f").alias("m"), F.stddev("f").alias("sd"))
