# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(sales):
    p = sales.groupBy("region").pivot("year", [2023, 2024]).sum("amount")
    t = sales.groupBy("region").agg(F.sum("amount").alias("total"))
    return p.join(t, "region")
