# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.partitionBy("customer_id").orderBy("order_date")
    flagged = orders.withColumn("prev", F.lag("amount").over(w)).withColumn("prev2", F.lag("amount", 2).over(w))
    return flagged.filter((F.col("amount") > F.col("prev")) | F.col("prev2").isNull()).select("customer_id", "order_id", "amount", "prev", "prev2")
