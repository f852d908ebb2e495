# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    return (customers.join(orders, "customer_id", "right")
            .select("order_id", "customer_id", F.coalesce("name", F.lit("unknown")).alias("name")))
