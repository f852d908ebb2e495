# data: orders.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(customers, orders):
    joined = orders.join(customers.hint("merge"), "customer_id")
    w = Window.partitionBy("customer_id").orderBy("order_date")
    return joined.select("customer_id", "order_id", F.row_number().over(w).alias("nth"))
