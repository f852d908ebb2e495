# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.partitionBy("customer_id").orderBy("order_date")
    prev = F.lag("status").over(w)
    return (orders.withColumn("prev_status", prev)
            .filter(F.col("prev_status").isNotNull() & (F.col("status") != F.col("prev_status")))
            .select("customer_id", "order_date", "prev_status", "status"))
