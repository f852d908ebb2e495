# ordered: true

from pyspark.sql import functions as F


def solve(spark):
    a = spark.createDataFrame([(1, "a1"), (2, "a2")], ["k", "a"])
    b = spark.createDataFrame([(2, "b2"), (3, "b3")], ["k", "b"])
    c = spark.createDataFrame([(3, "c3"), (4, "c4"), (1, "c1")], ["k", "c"])
    return a.join(b, "k", "full").join(c, "k", "full").orderBy("k")
