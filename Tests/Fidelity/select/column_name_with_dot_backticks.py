# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    df = employees.withColumnRenamed("name", "e.name")
    return df.select("`e.name`", F.col("`e.name`").alias("again")).filter("emp_id < 3")
