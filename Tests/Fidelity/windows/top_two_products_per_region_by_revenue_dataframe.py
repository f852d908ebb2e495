# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(sales):
    revenue = sales.groupBy("region", "product").agg(F.sum("amount").alias("revenue"))
    w = Window.partitionBy("region").orderBy(F.desc("revenue"), "product")
    return revenue.withColumn("rn", F.row_number().over(w)).filter("rn <= 2").drop("rn")
