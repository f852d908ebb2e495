# Known wrong: an inner join drops the orders whose product is unknown or null.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, products: DataFrame) -> DataFrame:
    return (
        orders.join(F.broadcast(products), "product_id")
        .groupBy(F.coalesce(F.col("category"), F.lit("Unknown")).alias("category"))
        .agg(
            F.count("*").alias("order_count"),
            F.sum(F.col("quantity") * F.col("unit_price")).alias("revenue"),
        )
    )
