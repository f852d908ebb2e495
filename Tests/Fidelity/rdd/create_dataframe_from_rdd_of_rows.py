from pyspark.sql import Row


def solve(spark, sc):
    rdd = sc.parallelize([Row(name="x", n=1), Row(name="y", n=None)])
    return spark.createDataFrame(rdd)
