from pyspark.sql import functions as F


def solve(spark):
    a = spark.createDataFrame([(1, "x")], ["id", "name"])
    b = spark.createDataFrame([(2.5, 2)], ["score", "id"])
    c = spark.createDataFrame([("z", 3, True)], ["name", "id", "flag"])
    return a.unionByName(b, allowMissingColumns=True).unionByName(c, allowMissingColumns=True).withColumn(
        "has_score", F.col("score").isNotNull())
