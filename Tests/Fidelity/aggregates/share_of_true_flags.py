# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    flagged = orders.withColumn("shipped", F.col("status") == "shipped")
    return flagged.groupBy(F.year("order_date").alias("yr")).agg(
        F.avg(F.col("shipped").cast("int")).alias("share_shipped"),
        F.sum(F.col("shipped").cast("int")).alias("n_shipped"),
        F.count_if(F.col("shipped")).alias("count_if"),
    )
