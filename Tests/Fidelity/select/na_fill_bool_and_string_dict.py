# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    df = employees.withColumn("flag", F.when(F.col("age") > 30, True))
    return df.na.fill({"flag": False, "salary": 0, "name": "x"}).select("emp_id", "flag", "salary")
