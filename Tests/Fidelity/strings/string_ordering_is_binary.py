# ordered: true

from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("apple",), ("Banana",), ("banana",), ("Éclair",), ("éclair",), ("zebra",), ("10",), ("9",), ("",), (None,)], ["w"])
    return df.orderBy("w").select("w", (F.col("w") < "a").alias("before_a"))
