# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.cube("dept_id", (F.col("age") > 30).alias("older")).agg(F.count("*").alias("n"))
