# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(sales):
    yearly = sales.groupBy("region", "year").agg(F.sum("amount").alias("total"))
    w = Window.partitionBy("region").orderBy("year")
    prev = F.lag("total").over(w)
    return yearly.withColumn("growth", F.round((F.col("total") - prev) / prev * 100, 1))
