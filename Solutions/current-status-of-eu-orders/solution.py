from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(orders: DataFrame, order_events: DataFrame) -> DataFrame:
    eu_orders = orders.where(F.col("region") == "EU").select("order_id")
    newest_first = Window.partitionBy("order_id").orderBy(F.col("event_time").desc(), F.col("event_id").desc())
    return (
        order_events.join(F.broadcast(eu_orders), "order_id", "left_semi")
        .withColumn("position", F.row_number().over(newest_first))
        .where(F.col("position") == 1)
        .select("order_id", "status", "event_time")
    )
