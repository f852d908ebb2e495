# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.orderBy("order_date").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    return orders.select(
        "order_id", "order_date",
        F.size(F.collect_set("customer_id").over(w)).alias("distinct_customers_so_far"),
    )
