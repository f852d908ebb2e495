# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders, customers):
    joined = orders.join(customers, "customer_id")
    w = Window.partitionBy("city").orderBy(F.desc("amount"))
    return joined.select("city", "order_id", "amount", F.dense_rank().over(w).alias("r"))
