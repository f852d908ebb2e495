# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    shipped = orders.filter(F.col("status") == "shipped").select("order_id")
    w = Window.orderBy("order_id")
    with_next = shipped.withColumn("next_id", F.lead("order_id").over(w))
    return (with_next.filter(F.col("next_id") - F.col("order_id") > 1)
            .select((F.col("order_id") + 1).alias("gap_start"), (F.col("next_id") - 1).alias("gap_end")))
