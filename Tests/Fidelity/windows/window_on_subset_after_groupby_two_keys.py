# data: sales.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(sales):
    per = sales.groupBy("region", "year").agg(F.sum("amount").alias("total"))
    w = Window.partitionBy("region").orderBy("year")
    return per.withColumn("running", F.sum("total").over(w))
