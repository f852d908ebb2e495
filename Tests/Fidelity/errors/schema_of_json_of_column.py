from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([('{"a": 1}',)], ["js"])
    return df.select(F.schema_of_json(F.col("js")))
