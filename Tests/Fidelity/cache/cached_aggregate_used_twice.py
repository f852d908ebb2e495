# data: employees.json
from pyspark.sql import functions as F


def solve(employees):
    per_dept = employees.groupBy("dept_id").agg(F.max("salary").alias("top")).cache()
    high = per_dept.filter("top > 8000")
    return per_dept.join(high.withColumnRenamed("top", "top2"), "dept_id")
