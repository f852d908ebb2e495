# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    monthly = (orders.withColumn("month", F.date_format("order_date", "yyyy-MM"))
               .groupBy("month").agg(F.sum("amount").alias("revenue")))
    w = Window.orderBy("month")
    return (monthly.withColumn("prev", F.lag("revenue").over(w))
            .withColumn("change", F.col("revenue") - F.col("prev"))
            .withColumn("pct", F.round((F.col("revenue") - F.col("prev")) / F.col("prev") * 100, 2))
            .orderBy("month"))
