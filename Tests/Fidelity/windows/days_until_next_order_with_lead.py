# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.partitionBy("customer_id").orderBy("order_date")
    return orders.select(
        "customer_id", "order_id",
        F.datediff(F.lead("order_date").over(w), F.col("order_date")).alias("days_to_next"),
        F.row_number().over(w).alias("nth"),
    ).where(F.col("customer_id").isNotNull())
