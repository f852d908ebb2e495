# Known wrong: the pattern 'E' gives the short day name.
from pyspark.sql import DataFrame, functions as F


def solve(orders: DataFrame) -> DataFrame:
    return orders.where(F.dayofweek("order_date").isin(1, 7)).select(
        "order_id", "order_date", F.date_format("order_date", "E").alias("day_name")
    )
