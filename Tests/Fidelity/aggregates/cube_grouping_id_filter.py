# data: sales.json
from pyspark.sql import functions as F


def solve(sales):
    cubed = sales.cube("region", "year").agg(F.grouping_id("region", "year").alias("level"), F.count("*").alias("n"))
    return cubed.filter(F.col("level") == 2)
