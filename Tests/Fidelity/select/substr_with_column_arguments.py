# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("name", F.col("name").substr(F.lit(2), F.length("name") - 1).alias("rest"), F.col("name").substr(1, 2))
