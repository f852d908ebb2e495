# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = (Window.partitionBy("customer_id").orderBy("order_date")
         .rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing))
    return (orders
            .withColumn("first_order", F.first("order_id").over(w))
            .withColumn("last_order", F.last("order_id").over(w))
            .withColumn("first_amount", F.first("amount").over(w))
            .select("customer_id", "first_order", "last_order", "first_amount")
            .distinct())
