from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(orders: DataFrame) -> DataFrame:
    totals = (
        orders.where(F.col("customer_id").isNotNull())
        .groupBy("customer_id")
        .agg(F.sum(F.coalesce(F.col("amount"), F.lit(0))).alias("total_spend"))
    )
    biggest_first = Window.orderBy(F.col("total_spend").desc(), F.col("customer_id").asc())
    return totals.withColumn("spend_quartile", F.ntile(4).over(biggest_first))
