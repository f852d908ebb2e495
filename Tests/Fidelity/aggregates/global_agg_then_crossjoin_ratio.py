# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    total = employees.agg(F.sum("salary").alias("total"))
    return employees.groupBy("dept_id").agg(F.sum("salary").alias("s")).crossJoin(total).select("dept_id", F.round(F.col("s") / F.col("total"), 3).alias("share"))
