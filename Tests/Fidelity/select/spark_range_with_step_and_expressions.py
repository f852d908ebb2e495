from pyspark.sql import functions as F


def solve(spark):
    return spark.range(0, 20, 3).select("id", (F.col("id") % 2 == 0).alias("even"), (F.col("id") * 1.5).alias("scaled"),
                                         F.expr("id div 4").alias("bucket"))
