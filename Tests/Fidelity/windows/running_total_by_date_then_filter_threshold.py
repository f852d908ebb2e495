# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.orderBy("order_date", "order_id").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    running = orders.withColumn("running", F.sum("amount").over(w))
    return running.filter(F.col("running") > 500).select("order_id", "order_date", "running").orderBy("order_id").limit(3)
