# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.lit(1).alias("one"), (F.col("dept_id") * 2).alias("d2"), F.count("*").alias("n"))
