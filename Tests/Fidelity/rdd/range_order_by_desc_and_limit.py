# ordered: true

from pyspark.sql import functions as F


def solve(spark):
    return spark.range(10).orderBy(F.col("id").desc()).limit(3)
