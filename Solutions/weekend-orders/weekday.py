from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame) -> DataFrame:
    return orders.where(F.weekday("order_date") >= 5).select(
        "order_id", "order_date", F.date_format("order_date", "EEEE").alias("day_name")
    )
