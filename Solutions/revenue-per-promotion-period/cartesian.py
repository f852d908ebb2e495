# Known plan problem: a join on a range condition has no equality key; without a broadcast
# hint Spark can only pair every order with every promotion in a CartesianProduct.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, promotions: DataFrame) -> DataFrame:
    in_period = orders["order_date"].between(promotions["start_date"], promotions["end_date"])
    return (
        orders.join(promotions, in_period)
        .groupBy("promo_id", "name")
        .agg(F.count("*").alias("orders"), F.sum("amount").alias("revenue"))
    )
