# Known wrong: count counts lines; a SKU listed twice in one order must count that order once.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame) -> DataFrame:
    lines = (
        orders.withColumn("quantities", F.coalesce(F.col("quantities"), F.array().cast("array<int>")))
        .select("order_id", F.explode(F.arrays_zip("skus", "quantities")).alias("line"))
        .select("order_id", F.col("line.skus").alias("sku"), F.col("line.quantities").alias("quantity"))
        .where(F.col("sku").isNotNull())
    )
    return lines.groupBy("sku").agg(
        F.sum(F.coalesce(F.col("quantity"), F.lit(0))).alias("total_quantity"),
        F.count("*").alias("order_count"),
    )
