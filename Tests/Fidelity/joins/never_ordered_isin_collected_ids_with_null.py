# data: orders.json

from pyspark.sql import functions as F


def solve(customers, orders):
    ids = [row.customer_id for row in orders.select("customer_id").distinct().collect()]
    non_null = [i for i in ids if i is not None]
    naive = customers.filter(~F.col("customer_id").isin(ids)).withColumn("method", F.lit("isin with null"))
    fixed = customers.filter(~F.col("customer_id").isin(non_null)).withColumn("method", F.lit("isin without null"))
    return naive.unionByName(fixed)
