# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", F.struct("name", "age").alias("s"), F.array("salary", "age").alias("arr"), F.create_map(F.col("name"), F.col("age")).alias("m")).filter("emp_id <= 3")
