# Also right: filter first with the broadcast semi join, then one aggregation per order that
# keeps the event with the greatest (event_time, event_id).
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame, order_events: DataFrame) -> DataFrame:
    eu_orders = orders.where(F.col("region") == "EU").select("order_id")
    latest = (
        order_events.join(F.broadcast(eu_orders), "order_id", "left_semi")
        .groupBy("order_id")
        .agg(F.max(F.struct("event_time", "event_id", "status")).alias("latest"))
    )
    return latest.select("order_id", "latest.status", "latest.event_time")
