# data: orders.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    monthly = (orders.groupBy(F.year("order_date").alias("y"), F.month("order_date").alias("m"))
               .agg(F.sum("amount").alias("revenue"))
               .withColumn("month_index", F.col("y") * 12 + F.col("m")))
    w = Window.orderBy("month_index").rangeBetween(-2, 0)
    return (monthly.withColumn("rolling_3m", F.sum("revenue").over(w))
            .withColumn("months_in_window", F.count("*").over(w))
            .orderBy("month_index"))
