from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("apple",), ("Zebra",), ("éclair",), ("banana",), ("Apple",), ("",)], "w STRING")
    return df.agg(F.min("w").alias("lowest"), F.max("w").alias("highest"), F.sort_array(F.collect_list("w")).alias("sorted"))
