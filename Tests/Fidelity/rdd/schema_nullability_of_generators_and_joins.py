# data: orders.json

from pyspark.sql import functions as F


def solve(spark, orders, customers):
    exploded = spark.range(3).select("id", F.explode(F.array(F.lit(1), F.lit(2))).alias("x"), F.posexplode_outer(F.array(F.lit("a"))))
    joined = spark.range(3).join(spark.range(2).withColumnRenamed("id", "k"), F.col("id") == F.col("k"), "left")
    fields = [("exploded", f.name, f.nullable) for f in exploded.schema.fields] + [("joined", f.name, f.nullable) for f in joined.schema.fields]
    return spark.createDataFrame(fields, "frame STRING, name STRING, nullable BOOLEAN")
