from pyspark.sql import functions as F


def solve(spark):
    a = spark.createDataFrame([(1, "x")], "id INT, code STRING")
    b = spark.createDataFrame([("7", 2)], "code STRING, id BIGINT")
    c = spark.createDataFrame([(3, 5)], "id INT, code INT")
    return a.unionByName(b).unionByName(c)
