# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    mx = employees.agg(F.max("salary").alias("salary"))
    return employees.join(mx, "salary").select("name", "salary")
