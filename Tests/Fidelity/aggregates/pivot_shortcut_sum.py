# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(sales):
    return sales.groupBy("product").pivot("region").sum("amount")
