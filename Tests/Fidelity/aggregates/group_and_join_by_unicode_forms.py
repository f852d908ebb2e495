# Spark compares strings by their UTF-8 bytes: "é" written as one code point and as "e" plus a
# combining accent are different keys for grouping, distinct and joins.

from pyspark.sql import functions as F


def solve(spark):
    names = spark.createDataFrame([("caf\u00e9", 1), ("cafe\u0301", 2), ("caf\u00e9", 3)], "name STRING, n INT")
    prices = spark.createDataFrame([("caf\u00e9", 10)], "name STRING, price INT")
    counts = names.groupBy("name").agg(F.sum("n").alias("total"), F.count("*").alias("rows"))
    return counts.join(prices, "name", "left").select(F.length("name").alias("chars"), "total", "rows", "price")
