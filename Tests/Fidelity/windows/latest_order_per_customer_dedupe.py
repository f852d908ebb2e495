# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(orders):
    w = Window.partitionBy("customer_id").orderBy(F.col("order_date").desc(), F.col("order_id").desc())
    return (orders.withColumn("rn", F.row_number().over(w))
            .filter(F.col("rn") == 1)
            .drop("rn"))
