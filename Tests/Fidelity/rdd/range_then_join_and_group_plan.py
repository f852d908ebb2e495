from pyspark.sql import functions as F


def solve(spark):
    ids = spark.range(1, 6)
    squares = spark.range(1, 6).select("id", (F.col("id") * F.col("id")).alias("sq"))
    return ids.join(squares, "id").groupBy((F.col("id") % 2).alias("odd")).agg(F.sum("sq").alias("total"))
