# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.partitionBy("customer_id").orderBy("order_date")
    return (orders.withColumn("prev_amount", F.lag("amount").over(w))
            .withColumn("next_amount", F.lead("amount").over(w))
            .withColumn("order_no", F.row_number().over(w))
            .select("customer_id", "order_id", "prev_amount", "next_amount", "order_no"))
