# data: sales.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(sales):
    return sales.cube("region", "year").count().orderBy("region", "year")
