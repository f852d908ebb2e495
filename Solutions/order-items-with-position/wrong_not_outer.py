# Known wrong: posexplode without _outer drops the orders whose items are empty or null.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame) -> DataFrame:
    return orders.select("order_id", F.posexplode("items")).select(
        "order_id", (F.col("pos") + 1).alias("position"), F.col("col").alias("item")
    )
