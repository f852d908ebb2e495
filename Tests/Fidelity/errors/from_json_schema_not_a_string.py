from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([('{"a": 1}',)], ["js"])
    return df.select(F.from_json("js", F.col("js")))
