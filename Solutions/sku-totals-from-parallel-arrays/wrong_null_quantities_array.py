# Known wrong: arrays_zip with a null quantities array is null, so that order's SKUs disappear.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame) -> DataFrame:
    lines = (
        orders.select("order_id", F.explode(F.arrays_zip("skus", "quantities")).alias("line"))
        .select("order_id", F.col("line.skus").alias("sku"), F.col("line.quantities").alias("quantity"))
        .where(F.col("sku").isNotNull())
    )
    return lines.groupBy("sku").agg(
        F.sum(F.coalesce(F.col("quantity"), F.lit(0))).alias("total_quantity"),
        F.countDistinct("order_id").alias("order_count"),
    )
