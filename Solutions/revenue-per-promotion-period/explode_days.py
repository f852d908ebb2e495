# Also right: turn the range condition into an equality by expanding each promotion into its
# days; the join is then an ordinary (broadcast) equi-join on the date.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, promotions: DataFrame) -> DataFrame:
    promotion_days = promotions.select(
        "promo_id", "name", F.explode(F.sequence("start_date", "end_date")).alias("order_date")
    )
    return (
        orders.join(F.broadcast(promotion_days), "order_date")
        .groupBy("promo_id", "name")
        .agg(F.count("*").alias("orders"), F.sum("amount").alias("revenue"))
    )
