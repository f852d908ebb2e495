# data: sales.json
from pyspark.sql import functions as F


def solve(sales):
    a = sales.alias("a")
    b = sales.alias("b")
    cond = (F.col("a.region") == F.col("b.region")) & (F.col("a.year") + 1 == F.col("b.year")) & (F.col("a.product") == F.col("b.product"))
    return a.join(b, cond).select("a.region", "a.product", F.col("a.amount").alias("before"), F.col("b.amount").alias("after"))
