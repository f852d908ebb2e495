from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, 1, 10, 3), (2, 5, 1, -2), (3, 0, 0, 1)], "id INT, lo INT, hi INT, step INT")
    s = df.select("id", F.sequence("lo", "hi", "step").alias("s"))
    return s.select("id", "s", F.size("s").alias("n"), F.aggregate("s", F.lit(0), lambda a, x: a + x).alias("total"))
