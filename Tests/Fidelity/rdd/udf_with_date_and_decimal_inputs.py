# data: orders.json

from pyspark.sql import functions as F


@F.udf("string")
def describe(d, amount):
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}:{type(amount).__name__}:{amount * 2}"


def solve(orders):
    return orders.select("order_id", describe("order_date", "amount").alias("desc"))
