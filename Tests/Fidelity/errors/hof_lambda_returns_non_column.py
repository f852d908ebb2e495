from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([(1, [1, 2])], "id int, xs array<int>")
    return df.select(F.transform("xs", lambda x: 1))
