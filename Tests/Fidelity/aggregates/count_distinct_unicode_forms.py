# Distinct values are byte-distinct: "é" as one code point and as "e" plus a combining accent count twice.

from pyspark.sql import functions as F


def solve(spark):
    names = spark.createDataFrame([(1, "caf\u00e9"), (1, "cafe\u0301"), (1, "caf\u00e9"), (2, "tea")], "k INT, name STRING")
    return names.groupBy("k").agg(F.countDistinct("name").alias("names"), F.count("*").alias("rows"))
