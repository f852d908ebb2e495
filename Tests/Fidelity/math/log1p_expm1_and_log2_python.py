from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(0.0,), (1e-10,), (1.0,), (-1.0,), (None,)], "x DOUBLE")
    return df.select("x", F.log1p("x").alias("l1p"), F.expm1("x").alias("em1"), F.log2(F.col("x") + 1).alias("l2"), F.log(2.0, F.col("x") + 1).alias("log_base2"))
