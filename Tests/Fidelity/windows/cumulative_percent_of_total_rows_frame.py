# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    running = Window.orderBy(F.desc("amount"), "order_id").rowsBetween(Window.unboundedPreceding, 0)
    total = Window.partitionBy()
    return orders.select("order_id", "amount",
                         F.round(F.sum("amount").over(running) / F.sum("amount").over(total) * 100, 2).alias("cum_pct"))
