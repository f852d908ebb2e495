from pyspark.sql import functions as F


def solve(spark):
    a = spark.range(3).withColumn("src", F.lit("r3"))
    b = spark.range(10, 0, -4).withColumn("src", F.lit("down"))
    c = spark.range(0, 10, 3).withColumn("src", F.lit("step3"))
    return a.union(b).union(c)
