# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.withColumnRenamed("salary", "pay").withColumn("salary", F.col("pay") * 2).select("emp_id", "pay", "salary")
