from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame) -> DataFrame:
    return orders.select("order_id", F.posexplode_outer("items")).select(
        "order_id", (F.col("pos") + 1).alias("position"), F.col("col").alias("item")
    )
