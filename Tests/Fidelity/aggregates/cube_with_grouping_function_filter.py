# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(sales):
    return sales.cube("region", "product").agg(F.sum("amount").alias("total"), F.grouping("region").alias("gr")).filter(F.col("gr") == 1)
