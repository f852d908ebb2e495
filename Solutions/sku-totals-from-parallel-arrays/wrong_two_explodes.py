# Known wrong: exploding both arrays pairs every SKU with every quantity.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame) -> DataFrame:
    lines = (
        orders.withColumn("sku", F.explode("skus"))
        .withColumn("quantity", F.explode_outer("quantities"))
        .where(F.col("sku").isNotNull())
    )
    return lines.groupBy("sku").agg(
        F.sum(F.coalesce(F.col("quantity"), F.lit(0))).alias("total_quantity"),
        F.countDistinct("order_id").alias("order_count"),
    )
