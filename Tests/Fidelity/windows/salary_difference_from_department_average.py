# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(employees):
    w = Window.partitionBy("dept_id")
    return employees.select("name", "dept_id", "salary", (F.col("salary") - F.avg("salary").over(w)).alias("diff"))
