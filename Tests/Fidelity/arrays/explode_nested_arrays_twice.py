from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, [[1, 2], [3]]), (2, [[], [4]]), (3, [])], "id INT, groups ARRAY<ARRAY<INT>>")
    once = df.select("id", F.posexplode("groups").alias("g", "grp"))
    return once.select("id", "g", F.explode_outer("grp").alias("v"))
