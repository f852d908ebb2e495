# Known wrong: the last day of each promotion is left out.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, promotions: DataFrame) -> DataFrame:
    in_period = (orders["order_date"] >= promotions["start_date"]) & (orders["order_date"] < promotions["end_date"])
    return (
        orders.join(F.broadcast(promotions), in_period)
        .groupBy("promo_id", "name")
        .agg(F.count("*").alias("orders"), F.sum("amount").alias("revenue"))
    )
