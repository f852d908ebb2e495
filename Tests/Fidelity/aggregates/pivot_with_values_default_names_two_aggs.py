# data: sales.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(sales):
    return sales.groupBy("region").pivot("year", [2023, 2024]).agg(F.sum("amount"), F.count("*"))
