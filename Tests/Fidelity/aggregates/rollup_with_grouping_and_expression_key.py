# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(sales):
    return sales.rollup(F.upper("region").alias("r")).agg(F.sum("amount"), F.grouping("r"))
