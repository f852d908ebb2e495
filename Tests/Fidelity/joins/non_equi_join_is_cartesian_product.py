# data: employees.json
from pyspark.sql import functions as F


def solve(employees):
    a = employees.select("emp_id", "salary").alias("a")
    b = employees.select("emp_id", "salary").alias("b")
    return a.join(b, F.col("a.salary") < F.col("b.salary")).groupBy("a.emp_id").count()
