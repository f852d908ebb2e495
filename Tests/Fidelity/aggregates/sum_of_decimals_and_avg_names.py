# data: orders.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(orders):
    return orders.groupBy("status").agg(F.sum("amount"), F.avg("amount"), F.max("amount"), F.stddev("amount"))
