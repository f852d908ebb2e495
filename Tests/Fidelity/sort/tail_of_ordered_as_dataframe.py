# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees):
    rows = employees.orderBy("age").tail(3)
    return spark.createDataFrame(rows)
