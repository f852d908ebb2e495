from pyspark.sql import DataFrame, functions as F


def solve(customers: DataFrame, orders: DataFrame) -> DataFrame:
    large_orders = orders.where(F.col("amount") >= 1000)
    return customers.join(large_orders, "customer_id", "left_semi").select(
        "customer_id", "name", "country"
    )
