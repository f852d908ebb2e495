# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.orderBy("order_date", "order_id")
    return orders.select(
        "order_id",
        F.sum(F.when(F.col("status") == "shipped", F.col("amount")).otherwise(0)).over(w).alias("shipped_so_far"),
        F.count(F.when(F.col("status") == "pending", 1)).over(w).alias("pending_so_far"),
    )
