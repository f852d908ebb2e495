from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(orders: DataFrame) -> DataFrame:
    daily = (
        orders.where(F.col("store_id").isNotNull() & F.col("order_date").isNotNull())
        .groupBy("store_id", "order_date")
        .agg(F.sum(F.coalesce(F.col("amount"), F.lit(0))).alias("day_revenue"))
    )
    last_7_days = Window.partitionBy("store_id").orderBy(F.unix_date("order_date")).rangeBetween(-6, 0)
    return daily.withColumn("revenue_7d", F.sum("day_revenue").over(last_7_days)).withColumn(
        "avg_7d", F.col("revenue_7d") / 7
    )
