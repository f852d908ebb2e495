from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(i,) for i in range(6)], ["id"])
    return df.select("id", F.round(F.rand(42), 6).alias("r"), F.expr("uniform(0, 100, 42)").alias("u"))
