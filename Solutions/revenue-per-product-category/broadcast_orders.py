# Known slow: the hint names the big table, but a left join can only broadcast its right side,
# so Spark ignores the hint and shuffles both tables.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, products: DataFrame) -> DataFrame:
    return (
        F.broadcast(orders)
        .join(products, "product_id", "left")
        .groupBy(F.coalesce(F.col("category"), F.lit("Unknown")).alias("category"))
        .agg(
            F.count("*").alias("order_count"),
            F.sum(F.col("quantity") * F.col("unit_price")).alias("revenue"),
        )
    )
