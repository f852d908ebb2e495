# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    counts = orders.groupBy("customer_id").agg(F.count("*").alias("orders"), F.sum("amount").alias("spent"))
    return (customers.join(counts, "customer_id", "left")
            .select("customer_id", "name", F.coalesce("orders", F.lit(0)).alias("orders"),
                    F.coalesce("spent", F.lit(0)).alias("spent"))
            .orderBy(F.desc("spent"), "customer_id"))
