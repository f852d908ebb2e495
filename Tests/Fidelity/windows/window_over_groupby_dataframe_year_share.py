# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(sales):
    totals = sales.groupBy("region", "year").agg(F.sum("amount").alias("total"))
    w = Window.partitionBy("year")
    return totals.withColumn("share", F.round(F.col("total") / F.sum("total").over(w), 3)).withColumn("rank_in_year", F.dense_rank().over(w.orderBy(F.desc("total"))))
