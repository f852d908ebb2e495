# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    per_customer = orders.where("customer_id IS NOT NULL").groupBy("customer_id").agg(
        F.sort_array(F.collect_list(F.struct("order_date", "amount", "status"))).alias("orders")
    )
    return per_customer.select("customer_id", F.to_json("orders").alias("js"), F.to_json(F.struct(F.col("customer_id").alias("id"), "orders")).alias("doc"))
