# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    joined = orders.join(customers, "customer_id").cache()
    by_city = joined.groupBy("city").agg(F.sum("amount").alias("total"))
    by_status = joined.groupBy("status").agg(F.sum("amount").alias("total"))
    return by_city.withColumnRenamed("city", "key").union(by_status.withColumnRenamed("status", "key"))
