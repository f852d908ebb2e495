# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(sales):
    totals = sales.groupBy("region").agg(F.sum("amount").alias("total"))
    everything = Window.partitionBy()
    return totals.select(
        "region", "total",
        F.rank().over(Window.orderBy(F.desc("total"))).alias("rnk"),
        F.round(F.col("total") / F.sum("total").over(everything) * 100, 1).alias("pct"),
    )
