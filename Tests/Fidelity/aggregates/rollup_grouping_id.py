# data: sales.json
from pyspark.sql import functions as F


def solve(sales):
    return sales.rollup("region", "product").agg(F.grouping_id().alias("gid"), F.sum("amount").alias("total"))
