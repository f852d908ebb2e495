# data: orders.json

from pyspark.sql import functions as F


def solve(orders):
    return orders.select("order_id", F.months_between(F.lit("2024-12-31"), "order_date"), F.months_between("order_date", F.lit("2024-01-01"), roundOff=False))
