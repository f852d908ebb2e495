# data: sales.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(sales):
    y23 = sales.where("year = 2023").groupBy("region").agg(F.sum("amount").alias("total")).withColumn("year", F.lit(2023))
    y24 = sales.where("year = 2024").groupBy("region").agg(F.sum("amount").alias("total")).withColumn("year", F.lit(2024))
    w = Window.partitionBy("region").orderBy("year")
    return y23.unionByName(y24).withColumn("change", F.col("total") - F.lag("total").over(w))
