# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.withColumn("flag", F.when(F.col("age") > 30, True)).fillna(False).select("emp_id", "flag", "salary")
