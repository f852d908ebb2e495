# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.partitionBy(F.date_trunc("month", "order_date")).orderBy(F.col("amount").desc())
    return orders.select("order_id", "order_date", "amount",
                         F.rank().over(w).alias("rank_in_month"),
                         F.sum(F.col("amount") * 2).over(w).alias("double_running"))
