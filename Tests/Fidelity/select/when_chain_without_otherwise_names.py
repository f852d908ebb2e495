# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("emp_id", F.when(F.col("age") > 40, "old").when(F.col("age") > 30, "mid"))
